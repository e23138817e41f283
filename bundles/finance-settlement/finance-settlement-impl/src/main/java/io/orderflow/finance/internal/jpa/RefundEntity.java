package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.Refund;
import io.orderflow.finance.internal.domain.CurrencyRules;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** Money paid back to a customer against a credit note: recorded, then verified by a second finance user. */
@Entity
@Table(schema = "FINANCE", name = "REFUND")
public class RefundEntity {

    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CREDIT_NOTE")
    private String creditNote;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "CURRENCY")
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD")
    private PaymentMethod method;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "PAID_ON")
    private LocalDate paidOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private PaymentStatus status;
    @Column(name = "RECORDED_BY")
    private String recordedBy;
    @Column(name = "RECORDED_AT")
    private Timestamp recordedAt;
    @Column(name = "VERIFIED_BY")
    private String verifiedBy;
    @Column(name = "VERIFIED_AT")
    private Timestamp verifiedAt;

    protected RefundEntity() {
    }

    /** A refund as recorded: {@code refund}'s status and verification are not taken, it starts RECORDED. */
    public RefundEntity(Refund refund) {
        this.id = refund.id();
        this.customerId = refund.customerId();
        this.creditNote = refund.creditNote();
        this.amount = refund.amount();
        this.currency = refund.currency();
        this.method = refund.method();
        this.reference = refund.reference();
        this.paidOn = refund.paidOn();
        this.status = PaymentStatus.RECORDED;
        this.recordedBy = refund.recordedBy();
        this.recordedAt = Timestamp.from(refund.recordedAt());
    }

    public void verify(String by, Instant at) {
        status = PaymentStatus.VERIFIED;
        verifiedBy = by;
        verifiedAt = Timestamp.from(at);
    }

    /** The refund, its amount in its currency's scale. */
    public Refund toRefund() {
        return new Refund(id, customerId, creditNote, amount.setScale(CurrencyRules.scale(currency)), currency, method,
                reference, paidOn, status, recordedBy, recordedAt.toInstant(), verifiedBy,
                verifiedAt == null ? null : verifiedAt.toInstant());
    }

    public String id() {
        return id;
    }

    public String creditNote() {
        return creditNote;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public PaymentStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
