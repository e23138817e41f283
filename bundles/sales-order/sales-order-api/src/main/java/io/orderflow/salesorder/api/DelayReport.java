package io.orderflow.salesorder.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A delay production reported for an order ({@code production/DELAYED}); the customer must be told by
 * {@code noticeDueAt}.
 *
 * @param orderNumber  the order
 * @param customerId   its customer
 * @param promisedDate the delivery date the customer was promised
 * @param newDate      the date production now expects
 * @param reason       production's reason
 * @param reportedAt   when production reported it
 * @param noticeDueAt  when the customer must have been told
 */
public record DelayReport(String orderNumber, String customerId, LocalDate promisedDate, LocalDate newDate,
                          String reason, Instant reportedAt, Instant noticeDueAt) {
}
