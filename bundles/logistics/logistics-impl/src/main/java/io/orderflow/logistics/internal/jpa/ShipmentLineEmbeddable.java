package io.orderflow.logistics.internal.jpa;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** What a shipment carries of one order line. */
@Embeddable
public class ShipmentLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;

    protected ShipmentLineEmbeddable() {
    }

    ShipmentLineEmbeddable(int lineNo, BigDecimal quantity) {
        this.lineNo = lineNo;
        this.quantity = quantity;
    }

    public int lineNo() {
        return lineNo;
    }

    public BigDecimal quantity() {
        return OrderLineEmbeddable.normal(quantity);
    }
}
