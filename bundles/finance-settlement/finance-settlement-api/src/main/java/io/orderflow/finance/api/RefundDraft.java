package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money paid back to a customer against a credit note, as a finance user records it.
 *
 * @param creditNote the credit note it pays out, of this customer and in this currency
 * @param amount     more than zero, no more exact than its currency, at most what the credit note has refundable
 * @param reference  the bank's reference, at most 35 characters, may be null
 * @param paidOn     when the money went, not after today
 */
public record RefundDraft(String customerId, String creditNote, BigDecimal amount, String currency,
                          PaymentMethod method, String reference, LocalDate paidOn) {
}
