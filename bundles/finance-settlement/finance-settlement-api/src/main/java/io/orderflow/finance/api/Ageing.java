package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Receivables aged by due date at an as-of date: each bucket's open amount per currency, and the invoices open then.
 * Money counts once verified by the end of the as-of day (business zone); a payment reversed since counts no more.
 */
public record Ageing(LocalDate asOf, List<Bucket> buckets, List<OpenInvoice> invoices) {

    /** A bucket of days overdue ({@code toDays} null: no upper bound) and its open amounts, one per currency. */
    public record Bucket(String label, int fromDays, Integer toDays, List<Amount> open) {
    }

    /** An amount in a currency. */
    public record Amount(String currency, BigDecimal amount) {
    }

    /** An invoice with something open at the as-of date. */
    public record OpenInvoice(String number, String orderNumber, String customerId, String currency, LocalDate dueOn,
                              long daysOverdue, String bucket, BigDecimal open) {
    }
}
