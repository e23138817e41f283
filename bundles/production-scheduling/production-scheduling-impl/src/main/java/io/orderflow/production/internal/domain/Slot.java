package io.orderflow.production.internal.domain;

import java.time.LocalDate;

/** Minutes of one job's operation booked on a work centre on one day: a line of the shop-floor dispatch list. */
public record Slot(String workCentre, LocalDate date, String jobId, String orderNumber, int operation, int minutes) {
}
