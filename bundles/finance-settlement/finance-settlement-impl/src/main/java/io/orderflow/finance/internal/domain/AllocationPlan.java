package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a payment is allocated: its rows, and what stays the customer's credit on account. The rows and the credit add
 * up to the payment exactly.
 */
public record AllocationPlan(List<Allocation> rows, BigDecimal onAccount) {

    public AllocationPlan {
        rows = List.copyOf(rows);
    }

    public BigDecimal allocated() {
        return rows.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
