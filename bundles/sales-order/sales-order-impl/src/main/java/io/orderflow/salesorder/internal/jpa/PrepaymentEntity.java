package io.orderflow.salesorder.internal.jpa;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A prepayment recorded in sales before finance kept the payments: read once, for finance's import. */
@Entity
@Table(schema = "SALES_ORDER", name = "PREPAYMENT")
public class PrepaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "RECEIVED_AT")
    private Instant receivedAt;
    @Column(name = "RECORDED_BY")
    private String recordedBy;

    protected PrepaymentEntity() {
    }

    public long id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String reference() {
        return reference;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
