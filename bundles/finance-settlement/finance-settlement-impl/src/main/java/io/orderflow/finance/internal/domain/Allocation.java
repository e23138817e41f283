package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;

/** One row of a payment's allocation: so much of it to one document. */
public record Allocation(String document, BigDecimal amount) {
}
