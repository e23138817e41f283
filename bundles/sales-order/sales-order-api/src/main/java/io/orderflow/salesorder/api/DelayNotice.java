package io.orderflow.salesorder.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The customer was told of a delay.
 *
 * @param oldDate      the delivery date promised before
 * @param newDate      the new promised delivery date
 * @param compensation what was offered, e.g. "5 % discount"; null when nothing
 */
public record DelayNotice(String orderNumber, LocalDate oldDate, LocalDate newDate, String reason,
                          String compensation, String notifiedBy, Instant notifiedAt) {
}
