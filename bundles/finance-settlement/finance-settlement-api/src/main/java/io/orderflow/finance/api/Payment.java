package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment and where its money went.
 *
 * @param id          {@code PAY-2026-000123}
 * @param onAccount   what is not allocated: the customer's credit on account
 * @param verifiedBy  null until verified
 * @param reversal    why it was reversed; null unless it was
 */
public record Payment(String id, String customerId, BigDecimal amount, String currency, PaymentMethod method,
                      String reference, LocalDate receivedOn, PaymentStatus status, List<AllocationRow> allocations,
                      BigDecimal onAccount, String recordedBy, Instant recordedAt, String verifiedBy,
                      Instant verifiedAt, String reversal) {
}
