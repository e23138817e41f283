package io.orderflow.finance.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Invoices (docs/business-rules.md §5): finance issues one per shipment when the customer's invoice trigger says so
 * (on shipment, or on the customer's sign-off), numbered without gaps per year.
 */
@ProviderType
public interface InvoiceService {

    Optional<Invoice> invoice(String number);

    /** An order's invoices, oldest first. */
    List<Invoice> invoices(String orderNumber);
}
