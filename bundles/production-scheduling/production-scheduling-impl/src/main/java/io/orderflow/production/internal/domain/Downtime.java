package io.orderflow.production.internal.domain;

import java.time.LocalDate;

/** A breakdown: the work centre has no capacity from {@code from} to {@code to}, both inclusive. */
public record Downtime(String workCentre, LocalDate from, LocalDate to) {
}
