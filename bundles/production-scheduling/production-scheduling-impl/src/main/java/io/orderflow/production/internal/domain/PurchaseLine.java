package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A material to buy because stock and open purchases do not cover the jobs, and by when to order it. */
public record PurchaseLine(String material, BigDecimal quantity, LocalDate orderBy, LocalDate expectedArrival,
        int leadTimeDays) {
}
