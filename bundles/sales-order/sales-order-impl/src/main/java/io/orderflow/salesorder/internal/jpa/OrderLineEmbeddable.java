package io.orderflow.salesorder.internal.jpa;

import io.orderflow.platform.api.ProductCode;
import io.orderflow.salesorder.api.OrderLine;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class OrderLineEmbeddable {

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
    @Column(name = "LIST_PRICE")
    private BigDecimal listPrice;
    @Column(name = "CURRENCY")
    private String currency;

    protected OrderLineEmbeddable() {
    }

    OrderLineEmbeddable(OrderLine line) {
        lineNo = line.lineNo();
        productCode = line.productCode().value();
        specification = line.specification();
        quantity = line.quantity();
        unit = line.unit();
        unitPrice = line.unitPrice().amount();
        listPrice = line.listPrice().amount();
        currency = line.unitPrice().currency();
    }

    int lineNo() {
        return lineNo;
    }

    /** A change of quantity and specification (null: unchanged). */
    void change(BigDecimal newQuantity, String newSpecification) {
        if (newQuantity != null) {
            quantity = newQuantity;
        }
        if (newSpecification != null) {
            specification = newSpecification;
        }
    }

    OrderLine toRecord() {
        var price = Amounts.money(unitPrice, currency);
        BigDecimal qty = Amounts.decimal(quantity, 0);
        return new OrderLine(lineNo, new ProductCode(productCode), specification, qty, unit, price,
                Amounts.money(listPrice, currency), price.times(qty).roundedToMinorUnit());
    }
}
