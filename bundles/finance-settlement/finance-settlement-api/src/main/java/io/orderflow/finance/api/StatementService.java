package io.orderflow.finance.api;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/** A customer's statement of account (docs/business-rules.md §5). */
@ProviderType
public interface StatementService {

    /**
     * The customer's statement: invoices and refunds add to what it owes; credit notes, verified payments (on the
     * day received) take off; a payment reversed adds back on the day it was reversed.
     *
     * @param from the first day; null: the day of the customer's first document
     * @param to   the last day; null: today
     * @throws io.orderflow.platform.api.error.ValidationException without a customer, or for {@code from} after
     *         {@code to}
     */
    Statement statement(String customerId, LocalDate from, LocalDate to);
}
