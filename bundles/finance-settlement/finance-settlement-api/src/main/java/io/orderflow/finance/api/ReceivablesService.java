package io.orderflow.finance.api;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Receivables (docs/business-rules.md §5): what customers owe on issued invoices, aged, and what is overdue. */
@ProviderType
public interface ReceivablesService {

    /** Receivables aged at {@code asOf} by the configured buckets. */
    Ageing ageing(LocalDate asOf);

    /** The invoices overdue at {@code asOf}, longest overdue first, with the customer's contact. */
    List<Overdue> overdue(LocalDate asOf);
}
