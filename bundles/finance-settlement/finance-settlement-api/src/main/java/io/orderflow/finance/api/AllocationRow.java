package io.orderflow.finance.api;

import java.math.BigDecimal;

/**
 * So much of a payment to one document.
 *
 * @param document an order number ({@code SO-2026-000123}) or, once finance issues them, an invoice number
 * @param amount   in the payment's currency and its scale
 */
public record AllocationRow(String document, BigDecimal amount) {
}
