package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Remedy;
import java.math.BigDecimal;
import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** A remedy fixed for a quantity of a line, with the document that carries it out. */
@Embeddable
public class RemedyEmbeddable {

    @Column(name = "ID")
    private int id;
    @Column(name = "LINE_NO")
    private int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "REMEDY")
    private Remedy remedy;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "DOCUMENT")
    private String document;
    @Column(name = "DONE")
    private boolean done;
    @Column(name = "APPROVED_BY")
    private String approvedBy;
    @Column(name = "APPROVED_AT")
    private Timestamp at;

    protected RemedyEmbeddable() {
    }

    RemedyEmbeddable(int id, CustomerReturn.RemedyDecision decision) {
        this.id = id;
        this.lineNo = decision.lineNo();
        this.remedy = decision.remedy();
        this.quantity = decision.quantity();
        this.reason = decision.reason();
        this.document = decision.document();
        this.done = decision.done();
        this.approvedBy = decision.approvedBy();
        this.at = Timestamp.from(decision.at());
    }

    int lineNo() {
        return lineNo;
    }

    Remedy remedy() {
        return remedy;
    }

    BigDecimal quantity() {
        return quantity;
    }

    String document() {
        return document;
    }

    boolean done() {
        return done;
    }

    void markDone() {
        done = true;
    }

    CustomerReturn.RemedyDecision toDecision() {
        return new CustomerReturn.RemedyDecision(lineNo, remedy, quantity, reason, document, done, approvedBy,
                at.toInstant());
    }
}
