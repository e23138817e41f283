package io.orderflow.warehouse.api;

import java.math.BigDecimal;

/** The part of an order line reserved in one warehouse. */
public record Allocation(String warehouse, BigDecimal quantity) {
}
