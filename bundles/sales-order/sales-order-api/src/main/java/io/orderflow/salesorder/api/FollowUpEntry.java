package io.orderflow.salesorder.api;

import java.time.Instant;

/**
 * An order on a follow-up list.
 *
 * @param number            the order number
 * @param customerId        its customer
 * @param customerPo        the customer's PO number
 * @param status            its status now
 * @param statusSince       when it entered that status
 * @param confirmationDueAt when it had to be confirmed by
 * @param enteredBy         who entered it
 */
public record FollowUpEntry(String number, String customerId, String customerPo, OrderStatus status,
                            Instant statusSince, Instant confirmationDueAt, String enteredBy) {
}
