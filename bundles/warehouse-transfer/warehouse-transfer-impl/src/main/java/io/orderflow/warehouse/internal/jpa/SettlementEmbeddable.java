package io.orderflow.warehouse.internal.jpa;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** A quantity that left an order line's demand under a reference: shipped, or closed without shipping. */
@Embeddable
public class SettlementEmbeddable {

    /** How the quantity left the demand. */
    public enum Kind {
        /** It went out in a shipment; the reference is the shipment id. */
        SHIPPED,
        /** Logistics closed it without shipping; the reference names that decision. */
        CLOSED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    private Kind kind;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "SETTLED_AT")
    private Timestamp settledAt;

    protected SettlementEmbeddable() {
    }

    SettlementEmbeddable(Kind kind, String reference, int lineNo, BigDecimal quantity, Instant settledAt) {
        this.kind = kind;
        this.reference = reference;
        this.lineNo = lineNo;
        this.quantity = quantity;
        this.settledAt = Timestamp.from(settledAt);
    }

    boolean under(Kind k, String ref) {
        return kind == k && reference.equals(ref);
    }

    int lineNo() {
        return lineNo;
    }

    BigDecimal quantity() {
        return quantity;
    }
}
