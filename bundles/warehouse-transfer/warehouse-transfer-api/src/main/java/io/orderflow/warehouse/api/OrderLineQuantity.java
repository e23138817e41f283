package io.orderflow.warehouse.api;

import java.math.BigDecimal;

/** A quantity of an order line: what to reserve, or what is about to be shipped. */
public record OrderLineQuantity(int lineNo, String product, String specification, BigDecimal quantity) {
}
