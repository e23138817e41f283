package io.orderflow.warehouse.api;

import java.math.BigDecimal;

/** The least available stock a warehouse should keep of a product; below it, a transfer is proposed. */
public record SafetyStock(String warehouse, String product, BigDecimal quantity) {
}
