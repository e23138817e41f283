package io.orderflow.aftersales.internal.jpa;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A line of a shipment logistics dispatched, as its events told: what of an order line left, and when. */
@Entity
@IdClass(ShippedLineEntity.Key.class)
@Table(schema = "AFTER_SALES", name = "SHIPPED_LINE")
public class ShippedLineEntity {

    @Id
    @Column(name = "SHIPMENT")
    private String shipment;
    /** The order line's number. */
    @Id
    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "DISPATCHED_ON")
    private LocalDate dispatchedOn;
    @Column(name = "DELIVERED_ON")
    private LocalDate deliveredOn;

    /** The primary key: the shipment and the order line. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String shipment;
        private int lineNo;

        public Key() {
        }

        public Key(String shipment, int lineNo) {
            this.shipment = shipment;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && lineNo == key.lineNo && Objects.equals(shipment, key.shipment);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shipment, lineNo);
        }
    }

    protected ShippedLineEntity() {
    }

    public ShippedLineEntity(String shipment, int lineNo, String orderNumber, String customerId, String productCode,
                             BigDecimal quantity, LocalDate dispatchedOn) {
        this.shipment = shipment;
        this.lineNo = lineNo;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.productCode = productCode;
        this.quantity = quantity;
        this.dispatchedOn = dispatchedOn;
    }

    /** The customer signed for the shipment on {@code day} (business zone). */
    public void delivered(LocalDate day) {
        deliveredOn = day;
    }
}
