package io.orderflow.finance.internal.jpa;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** So much of a payment to one document. */
@Embeddable
public class AllocationEmbeddable {

    @Column(name = "DOCUMENT")
    private String document;
    @Column(name = "AMOUNT")
    private BigDecimal amount;

    protected AllocationEmbeddable() {
    }

    public AllocationEmbeddable(String document, BigDecimal amount) {
        this.document = document;
        this.amount = amount;
    }

    public String document() {
        return document;
    }

    public BigDecimal amount() {
        return amount;
    }

    void add(BigDecimal more) {
        amount = amount.add(more);
    }
}
