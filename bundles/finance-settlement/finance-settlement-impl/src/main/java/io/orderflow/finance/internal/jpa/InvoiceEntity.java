package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.Invoice;
import java.math.BigDecimal;
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

/** An issued invoice: written once, never changed. */
@Entity
@Table(schema = "FINANCE", name = "INVOICE")
public class InvoiceEntity {

    @Id
    @Column(name = "NUMBER")
    private String number;
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Column(name = "SHIPMENT")
    private String shipment;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CUSTOMER_PO")
    private String customerPo;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "TERMS")
    private String terms;
    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;
    @Column(name = "DUE_ON")
    private LocalDate dueOn;
    @Column(name = "FREIGHT")
    private BigDecimal freight;
    @Column(name = "NET")
    private BigDecimal net;
    @Column(name = "TAX")
    private BigDecimal tax;
    @Column(name = "TOTAL")
    private BigDecimal total;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "FINANCE", name = "INVOICE_LINE", joinColumns = @JoinColumn(name = "INVOICE_NUMBER"))
    @OrderBy("lineNo")
    private List<InvoiceLineEmbeddable> lines = new ArrayList<>();

    protected InvoiceEntity() {
    }

    public InvoiceEntity(Invoice invoice) {
        this.number = invoice.number();
        this.orderNumber = invoice.orderNumber();
        this.shipment = invoice.shipment();
        this.customerId = invoice.customerId();
        this.customerPo = invoice.customerPo();
        this.currency = invoice.currency();
        this.terms = invoice.terms();
        this.issuedOn = invoice.issuedOn();
        this.dueOn = invoice.dueOn();
        this.freight = invoice.freight();
        this.net = invoice.net();
        this.tax = invoice.tax();
        this.total = invoice.total();
        invoice.lines().forEach(line -> lines.add(new InvoiceLineEmbeddable(line)));
    }

    /** The invoice as issued, its amounts in {@code scale}, its currency's. */
    public Invoice toInvoice(int scale) {
        return new Invoice(number, orderNumber, shipment, customerId, customerPo, currency, terms, issuedOn, dueOn,
                lines.stream().map(line -> line.toLine(scale)).toList(),
                freight == null ? null : freight.setScale(scale), net.setScale(scale), tax.setScale(scale),
                total.setScale(scale));
    }

    public String number() {
        return number;
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

    public LocalDate dueOn() {
        return dueOn;
    }

    public BigDecimal total() {
        return total;
    }
}
