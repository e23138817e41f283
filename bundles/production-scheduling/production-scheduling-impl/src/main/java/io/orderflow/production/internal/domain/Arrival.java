package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An open purchase's expected arrival: supply jobs may count on from that date. */
public record Arrival(String material, LocalDate date, BigDecimal quantity) {
}
