package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.OrderLineQuantity;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class DemandLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "SPECIFICATION")
    private String specification;
    @Column(name = "ORDERED")
    private BigDecimal ordered;

    protected DemandLineEmbeddable() {
    }

    DemandLineEmbeddable(OrderLineQuantity line) {
        lineNo = line.lineNo();
        productCode = line.product();
        specification = line.specification();
        ordered = line.quantity();
    }

    int lineNo() {
        return lineNo;
    }

    /** The line wanting {@code quantity} less. */
    DemandLineEmbeddable less(BigDecimal quantity) {
        return new DemandLineEmbeddable(new OrderLineQuantity(lineNo, productCode, specification,
                ordered.subtract(quantity)));
    }

    OrderLineQuantity toRecord() {
        return new OrderLineQuantity(lineNo, productCode, specification, ordered);
    }
}
