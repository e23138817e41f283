package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.Posting;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One debit or credit of a posting. */
@Embeddable
public class PostingLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "ACCOUNT")
    private String account;
    @Column(name = "DEBIT")
    private BigDecimal debit;
    @Column(name = "CREDIT")
    private BigDecimal credit;
    @Column(name = "MEMO")
    private String memo;

    protected PostingLineEmbeddable() {
    }

    public PostingLineEmbeddable(int lineNo, String account, BigDecimal debit, BigDecimal credit, String memo) {
        this.lineNo = lineNo;
        this.account = account;
        this.debit = debit;
        this.credit = credit;
        this.memo = memo;
    }

    /** @param scale the currency's: the columns give amounts back as 25.0000 */
    Posting.Line toLine(int scale) {
        return new Posting.Line(lineNo, account, debit.setScale(scale), credit.setScale(scale), memo);
    }

    int lineNo() {
        return lineNo;
    }
}
