package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.SafetyStock;
import io.orderflow.warehouse.internal.domain.Quantities;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@IdClass(StockKey.class)
@Table(schema = "WAREHOUSE", name = "SAFETY_STOCK")
public class SafetyStockEntity {

    @Id
    @Column(name = "WAREHOUSE_CODE")
    private String warehouseCode;
    @Id
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;

    protected SafetyStockEntity() {
    }

    public SafetyStockEntity(String warehouseCode, String productCode, BigDecimal quantity) {
        this.warehouseCode = warehouseCode;
        this.productCode = productCode;
        this.quantity = quantity;
    }

    public void quantity(BigDecimal newQuantity) {
        quantity = newQuantity;
    }

    public SafetyStock toRecord() {
        return new SafetyStock(warehouseCode, productCode, Quantities.normal(quantity));
    }
}
