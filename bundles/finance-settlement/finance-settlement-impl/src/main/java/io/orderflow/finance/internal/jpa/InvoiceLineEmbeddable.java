package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.Invoice;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A line of an issued invoice, or what a credit note reverses of one. */
@Embeddable
public class InvoiceLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "SPECIFICATION")
    private String specification;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "UNIT")
    private String unit;
    @Column(name = "UNIT_PRICE")
    private BigDecimal unitPrice;
    @Column(name = "NET")
    private BigDecimal net;
    @Column(name = "TAX_RATE")
    private BigDecimal taxRate;
    @Column(name = "TAX")
    private BigDecimal tax;

    protected InvoiceLineEmbeddable() {
    }

    public InvoiceLineEmbeddable(Invoice.Line line) {
        this.lineNo = line.lineNo();
        this.productCode = line.productCode();
        this.specification = line.specification();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.unitPrice = line.unitPrice();
        this.net = line.net();
        this.taxRate = line.taxRate();
        this.tax = line.tax();
    }

    /** The line as stored, its amounts in {@code scale} (the currency's) and the rest without trailing zeros. */
    public Invoice.Line toLine(int scale) {
        return new Invoice.Line(lineNo, productCode, specification, quantity.stripTrailingZeros(), unit,
                unitPrice.stripTrailingZeros(), net.setScale(scale), taxRate.stripTrailingZeros(), tax.setScale(scale));
    }
}
