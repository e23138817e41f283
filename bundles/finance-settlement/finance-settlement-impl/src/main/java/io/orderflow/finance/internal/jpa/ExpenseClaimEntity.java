package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.ExpenseClaim.Status;
import io.orderflow.finance.api.ExpenseClaim.Step;
import io.orderflow.finance.api.ExpenseClaimDraft;
import io.orderflow.finance.internal.domain.ExpenseChain;
import io.orderflow.finance.internal.domain.ExpenseChain.ClaimLine;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.LockModeType;
import javax.persistence.OrderBy;
import javax.persistence.Table;

/** An expense claim: its lines, where it stands in the chain and every decision made on it. */
@Entity
@Table(schema = "FINANCE", name = "EXPENSE_CLAIM")
public class ExpenseClaimEntity {

    @Id
    @Column(name = "NUMBER")
    private String number;
    @Column(name = "CLAIMANT")
    private String claimant;
    @Column(name = "DEPARTMENT")
    private String department;
    @Column(name = "MANAGER")
    private String manager;
    @Column(name = "SUPERVISOR")
    private String supervisor;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "STATUS")
    private String status;
    @Column(name = "STEP")
    private String step;
    @Column(name = "TOTAL")
    private BigDecimal total;
    @Column(name = "APPROVED_TOTAL")
    private BigDecimal approvedTotal;
    @Column(name = "SUBMITTED_AT")
    private Timestamp submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "FINANCE", name = "EXPENSE_CLAIM_LINE", joinColumns = @JoinColumn(name = "CLAIM_NUMBER"))
    @OrderBy("lineNo")
    private List<ExpenseLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "FINANCE", name = "EXPENSE_CLAIM_DECISION",
            joinColumns = @JoinColumn(name = "CLAIM_NUMBER"))
    @OrderBy("seq")
    private List<ExpenseDecisionEmbeddable> decisions = new ArrayList<>();

    protected ExpenseClaimEntity() {
    }

    /** A claim filed now, due with the claimant's manager. */
    public ExpenseClaimEntity(String number, String claimant, String department, String manager, String supervisor,
                              String currency, List<ExpenseClaimDraft.Line> lines, Instant submittedAt) {
        this.number = number;
        this.claimant = claimant;
        this.department = department;
        this.manager = manager;
        this.supervisor = supervisor;
        this.currency = currency;
        this.submittedAt = Timestamp.from(submittedAt);
        replaceLines(lines, List.of());
        moveTo(Status.PENDING, Step.MANAGER);
    }

    public static ExpenseClaimEntity lock(EntityManager em, String number) {
        return number == null ? null : em.find(ExpenseClaimEntity.class, number, LockModeType.PESSIMISTIC_WRITE);
    }

    public String number() {
        return number;
    }

    public String claimant() {
        return claimant;
    }

    public String department() {
        return department;
    }

    public String manager() {
        return manager;
    }

    public String supervisor() {
        return supervisor;
    }

    public String currency() {
        return currency;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    /** The step due, or that sent the claim back or rejected it; null once approved. */
    public Step step() {
        return step == null ? null : Step.valueOf(step);
    }

    public BigDecimal approvedTotal() {
        return approvedTotal;
    }

    public List<ClaimLine> claimLines(int scale) {
        return lines.stream().map(line -> line.toClaimLine(scale)).toList();
    }

    /** The corrected lines, each approved at most at what {@code capped} (the chain's rule) says. */
    public void replaceLines(List<ExpenseClaimDraft.Line> drafted, List<ClaimLine> capped) {
        lines.clear();
        for (int i = 0; i < drafted.size(); i++) {
            ExpenseClaimDraft.Line line = drafted.get(i);
            ExpenseLineEmbeddable kept = new ExpenseLineEmbeddable(i + 1, line.date(), line.category(),
                    line.description().strip(), line.amount());
            if (i < capped.size()) {
                kept.approve(capped.get(i));
            }
            lines.add(kept);
        }
        totals();
    }

    /** Takes the approved amounts of a sanction, line by line in the claim's order. */
    public void approve(List<ClaimLine> sanctioned) {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).approve(sanctioned.get(i));
        }
        totals();
    }

    public void moveTo(Status status, Step step) {
        this.status = status.name();
        this.step = step == null ? null : step.name();
    }

    public void record(ExpenseClaim.Decided decided) {
        decisions.add(new ExpenseDecisionEmbeddable(decisions.size() + 1, decided));
    }

    private void totals() {
        List<ClaimLine> claimLines = lines.stream().map(ExpenseLineEmbeddable::toClaimLine).toList();
        total = ExpenseChain.total(claimLines, false);
        approvedTotal = ExpenseChain.total(claimLines, true);
    }

    /** The claim with its receipts, amounts in {@code scale}, its currency's. */
    public ExpenseClaim toClaim(int scale, boolean president, List<ExpenseClaim.Receipt> receipts) {
        return new ExpenseClaim(number, claimant, department, manager, supervisor, currency, status(), step(),
                lines.stream().map(line -> line.toLine(scale)).toList(), total.setScale(scale),
                approvedTotal.setScale(scale), president, receipts,
                decisions.stream().map(ExpenseDecisionEmbeddable::toDecided).toList(), submittedAt.toInstant());
    }
}
