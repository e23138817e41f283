package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.internal.domain.StockBalance;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@IdClass(StockKey.class)
@Table(schema = "WAREHOUSE", name = "STOCK")
public class StockEntity {

    @Id
    @Column(name = "WAREHOUSE_CODE")
    private String warehouseCode;
    @Id
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "ON_HAND")
    private BigDecimal onHand;
    @Column(name = "RESERVED")
    private BigDecimal reserved;
    @Column(name = "IN_TRANSIT")
    private BigDecimal inTransit;
    @Column(name = "QUARANTINE")
    private BigDecimal quarantine;

    protected StockEntity() {
    }

    StockEntity(String warehouseCode, String productCode) {
        this.warehouseCode = warehouseCode;
        this.productCode = productCode;
        set(StockBalance.EMPTY);
    }

    public String warehouseCode() {
        return warehouseCode;
    }

    public String productCode() {
        return productCode;
    }

    public StockBalance balance() {
        return new StockBalance(onHand, reserved, inTransit, quarantine);
    }

    /** Only through the ledger ({@link Ledger#post}), so that the balance stays the sum of its postings. */
    void set(StockBalance balance) {
        onHand = balance.onHand();
        reserved = balance.reserved();
        inTransit = balance.inTransit();
        quarantine = balance.quarantine();
    }
}
