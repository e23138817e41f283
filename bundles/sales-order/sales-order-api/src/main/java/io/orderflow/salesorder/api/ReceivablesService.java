package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a customer owes: the seam of the credit check. Sales provides a first implementation (its unpaid confirmed
 * orders on credit terms); the finance department replaces it by registering its own with a higher service ranking.
 */
@ConsumerType
public interface ReceivablesService {

    /** The customer's open receivables in {@code currency}; zero when none. */
    Money openReceivables(String customerId, String currency);
}
