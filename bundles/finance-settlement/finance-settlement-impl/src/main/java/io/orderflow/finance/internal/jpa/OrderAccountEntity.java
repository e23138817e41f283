package io.orderflow.finance.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An order as sales confirmed it: what it costs, in which currency, and what must be prepaid before production. */
@Entity
@Table(schema = "FINANCE", name = "ORDER_ACCOUNT")
public class OrderAccountEntity {

    @Id
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "TOTAL")
    private BigDecimal total;
    @Column(name = "PAYMENT_TERMS")
    private String paymentTerms;
    @Column(name = "PREPAYMENT_PERCENT")
    private int prepaymentPercent;
    @Column(name = "PREPAYMENT_DUE")
    private BigDecimal prepaymentDue;
    @Column(name = "REVISION")
    private int revision;
    @Column(name = "CONFIRMED_ON")
    private LocalDate confirmedOn;
    @Column(name = "CANCELLED")
    private boolean cancelled;
    @Column(name = "REPLACEMENT_FOR")
    private String replacementFor;

    protected OrderAccountEntity() {
    }

    public OrderAccountEntity(String orderNumber, String customerId, String currency) {
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.currency = currency;
    }

    /** The order as confirmed at {@code revision}; an older revision's confirmation, arriving late, changes nothing. */
    public void confirmed(int revision, BigDecimal total, String paymentTerms, int prepaymentPercent,
                          BigDecimal prepaymentDue, LocalDate confirmedOn) {
        if (revision < this.revision) {
            return;
        }
        this.revision = revision;
        this.total = total;
        this.paymentTerms = paymentTerms;
        this.prepaymentPercent = prepaymentPercent;
        this.prepaymentDue = prepaymentDue;
        this.confirmedOn = confirmedOn;
    }

    /** The order replaces goods of {@code original} (after-sales' exchange); null for any other order. */
    public void replaces(String original) {
        this.replacementFor = original;
    }

    public void cancel() {
        cancelled = true;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String customerId() {
        return customerId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal total() {
        return total;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public BigDecimal prepaymentDue() {
        return prepaymentDue;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The order a replacement replaces goods of; null for any other order. */
    public String replacementFor() {
        return replacementFor;
    }
}
