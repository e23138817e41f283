package io.orderflow.warehouse.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

/** The id of a stock balance: warehouse and product. */
public class StockKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String warehouseCode;
    private String productCode;

    public StockKey() {
    }

    public StockKey(String warehouseCode, String productCode) {
        this.warehouseCode = warehouseCode;
        this.productCode = productCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StockKey key && warehouseCode.equals(key.warehouseCode)
                && productCode.equals(key.productCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseCode, productCode);
    }
}
