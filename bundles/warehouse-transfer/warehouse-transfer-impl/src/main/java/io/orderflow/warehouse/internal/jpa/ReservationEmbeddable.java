package io.orderflow.warehouse.internal.jpa;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class ReservationEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "WAREHOUSE_CODE")
    private String warehouseCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;

    protected ReservationEmbeddable() {
    }

    ReservationEmbeddable(int lineNo, String warehouseCode, BigDecimal quantity) {
        this.lineNo = lineNo;
        this.warehouseCode = warehouseCode;
        this.quantity = quantity;
    }

    int lineNo() {
        return lineNo;
    }

    String warehouseCode() {
        return warehouseCode;
    }

    BigDecimal quantity() {
        return quantity;
    }
}
