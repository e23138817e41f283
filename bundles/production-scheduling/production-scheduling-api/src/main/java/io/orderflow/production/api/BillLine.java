package io.orderflow.production.api;

import java.math.BigDecimal;

/** A material a product needs, per unit made. */
public record BillLine(String material, BigDecimal quantityPerUnit) {
}
