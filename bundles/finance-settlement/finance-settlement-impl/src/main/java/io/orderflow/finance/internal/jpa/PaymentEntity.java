package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.PaymentStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** Money a customer paid: recorded, verified by a second finance user, reversed if it bounced. */
@Entity
@Table(schema = "FINANCE", name = "PAYMENT")
public class PaymentEntity {

    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "CURRENCY")
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD")
    private PaymentMethod method;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;
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
    @Column(name = "REVERSED_BY")
    private String reversedBy;
    @Column(name = "REVERSED_AT")
    private Timestamp reversedAt;
    @Column(name = "REVERSAL")
    private String reversal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "FINANCE", name = "ALLOCATION", joinColumns = @JoinColumn(name = "PAYMENT_ID"))
    private List<AllocationEmbeddable> allocations = new ArrayList<>();

    protected PaymentEntity() {
    }

    public PaymentEntity(String id, String customerId, BigDecimal amount, String currency, PaymentMethod method,
                         String reference, LocalDate receivedOn, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.customerId = customerId;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.reference = reference;
        this.receivedOn = receivedOn;
        this.status = PaymentStatus.RECORDED;
        this.recordedBy = recordedBy;
        this.recordedAt = Timestamp.from(recordedAt);
    }

    /** Adds to what goes to {@code document}: one row per document, however many times it is allocated to. */
    public void allocate(String document, BigDecimal more) {
        allocations.stream().filter(a -> a.document().equals(document)).findFirst()
                .ifPresentOrElse(a -> a.add(more), () -> allocations.add(new AllocationEmbeddable(document, more)));
    }

    public void verify(String by, Instant at) {
        status = PaymentStatus.VERIFIED;
        verifiedBy = by;
        verifiedAt = Timestamp.from(at);
    }

    public void reverse(String by, Instant at, String reason) {
        status = PaymentStatus.REVERSED;
        reversedBy = by;
        reversedAt = Timestamp.from(at);
        reversal = reason;
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public PaymentStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt == null ? null : verifiedAt.toInstant();
    }

    public String reversal() {
        return reversal;
    }

    public Instant reversedAt() {
        return reversedAt == null ? null : reversedAt.toInstant();
    }

    public List<AllocationEmbeddable> allocations() {
        return List.copyOf(allocations);
    }

    public BigDecimal allocated() {
        return allocations.stream().map(AllocationEmbeddable::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
