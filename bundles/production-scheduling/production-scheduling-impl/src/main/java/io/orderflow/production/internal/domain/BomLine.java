package io.orderflow.production.internal.domain;

import java.math.BigDecimal;

/** One material a unit of a product consumes; a job needs it before its first operation can start. */
public record BomLine(String material, BigDecimal quantityPerUnit) {
}
