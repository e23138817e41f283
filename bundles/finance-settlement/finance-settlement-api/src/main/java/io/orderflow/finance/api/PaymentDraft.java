package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as a finance user records it.
 *
 * @param amount      more than zero, no more exact than its currency
 * @param reference   the bank's or the customer's reference, at most 35 characters
 * @param receivedOn  when the money came, not after today
 * @param allocations the documents it pays, each at most what is open on it; empty or null: all of it stays on account
 */
public record PaymentDraft(String customerId, BigDecimal amount, String currency, PaymentMethod method,
                           String reference, LocalDate receivedOn, List<AllocationRow> allocations) {
}
