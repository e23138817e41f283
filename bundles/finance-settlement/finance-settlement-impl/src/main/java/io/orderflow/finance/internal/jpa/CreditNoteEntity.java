package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.Invoice;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderBy;
import javax.persistence.Table;

/** An issued credit note: written once, never changed. */
@Entity
@Table(schema = "FINANCE", name = "CREDIT_NOTE")
public class CreditNoteEntity {

    @Id
    @Column(name = "NUMBER")
    private String number;
    @Column(name = "INVOICE_NUMBER")
    private String invoice;
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "FREIGHT")
    private BigDecimal freight;
    @Column(name = "FREIGHT_TAX")
    private BigDecimal freightTax;
    @Column(name = "NET")
    private BigDecimal net;
    @Column(name = "TAX")
    private BigDecimal tax;
    @Column(name = "TOTAL")
    private BigDecimal total;
    @Column(name = "SOURCE")
    private String source;
    @Column(name = "ISSUED_BY")
    private String issuedBy;
    @Column(name = "ISSUED_AT")
    private Timestamp issuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "FINANCE", name = "CREDIT_NOTE_LINE",
            joinColumns = @JoinColumn(name = "CREDIT_NOTE_NUMBER"))
    @OrderBy("lineNo")
    private List<InvoiceLineEmbeddable> lines = new ArrayList<>();

    protected CreditNoteEntity() {
    }

    /** The credit note as issued; what is refunded of it is not kept here but counted from the refunds. */
    public CreditNoteEntity(CreditNote note) {
        this.number = note.number();
        this.invoice = note.invoice();
        this.orderNumber = note.orderNumber();
        this.customerId = note.customerId();
        this.currency = note.currency();
        this.issuedOn = note.issuedOn();
        this.reason = note.reason();
        this.freight = note.freight();
        this.freightTax = note.freightTax();
        this.net = note.net();
        this.tax = note.tax();
        this.total = note.total();
        this.source = note.source();
        this.issuedBy = note.issuedBy();
        this.issuedAt = Timestamp.from(note.issuedAt());
        note.lines().forEach(line -> lines.add(new InvoiceLineEmbeddable(line)));
    }

    /** The credit note as issued, its amounts in {@code scale} (its currency's), with what refunds took of it. */
    public CreditNote toCreditNote(int scale, BigDecimal refunded, BigDecimal refundable) {
        return new CreditNote(number, invoice, orderNumber, customerId, currency, issuedOn, reason,
                lines.stream().map(line -> line.toLine(scale)).toList(),
                freight == null ? null : freight.setScale(scale),
                freightTax == null ? null : freightTax.setScale(scale),
                net.setScale(scale), tax.setScale(scale), total.setScale(scale), refunded.setScale(scale),
                refundable.setScale(scale), source, issuedBy, issuedAt.toInstant());
    }

    public String number() {
        return number;
    }

    public String invoice() {
        return invoice;
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

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public BigDecimal total() {
        return total;
    }

    public String source() {
        return source;
    }
}
