package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An outgoing payment: money paid back to a customer against a credit note. Recorded by one finance user, verified by
 * another; never {@link PaymentStatus#REVERSED}.
 *
 * @param id         {@code REF-2026-000123}, gap-free per year
 * @param verifiedBy null until verified
 */
public record Refund(String id, String customerId, String creditNote, BigDecimal amount, String currency,
                     PaymentMethod method, String reference, LocalDate paidOn, PaymentStatus status,
                     String recordedBy, Instant recordedAt, String verifiedBy, Instant verifiedAt) {
}
