package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.ExpenseCategory;
import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.internal.domain.ExpenseChain.ClaimLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A line of an expense claim, with what is approved of it so far. */
@Embeddable
public class ExpenseLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "SPENT_ON")
    private LocalDate date;
    @Column(name = "CATEGORY")
    private String category;
    @Column(name = "DESCRIPTION")
    private String description;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "APPROVED_AMOUNT")
    private BigDecimal approved;
    @Column(name = "APPROVAL_NOTE")
    private String note;

    protected ExpenseLineEmbeddable() {
    }

    public ExpenseLineEmbeddable(int lineNo, LocalDate date, ExpenseCategory category, String description,
                                 BigDecimal amount) {
        this.lineNo = lineNo;
        this.date = date;
        this.category = category.name();
        this.description = description;
        this.amount = amount;
        this.approved = amount;
    }

    /** The line as the chain's rules see it, amounts as stored. */
    public ClaimLine toClaimLine() {
        return new ClaimLine(lineNo, amount, approved, note);
    }

    /** The line as the chain's rules see it, amounts in {@code scale}. */
    public ClaimLine toClaimLine(int scale) {
        return new ClaimLine(lineNo, amount.setScale(scale), approved.setScale(scale), note);
    }

    public void approve(ClaimLine line) {
        approved = line.approved();
        note = line.note();
    }

    public ExpenseClaim.Line toLine(int scale) {
        return new ExpenseClaim.Line(lineNo, date, ExpenseCategory.valueOf(category), description,
                amount.setScale(scale), approved.setScale(scale), note);
    }
}
