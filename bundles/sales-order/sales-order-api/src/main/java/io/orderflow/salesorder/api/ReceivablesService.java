package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a customer owes: the seam of the credit check. The finance department provides it; sales holds it dynamically
 * and, while no provider runs, refuses the credit check rather than guessing.
 */
@ConsumerType
public interface ReceivablesService {

    /**
     * The customer's open receivables in {@code currency}: what it owes on invoices and on confirmed orders on credit
     * terms, less the verified money paid on them; zero when none.
     *
     * @param creditOrders the customer's orders that sales counts against its credit (confirmed, on credit terms, in
     *                     {@code currency}), by number, with their totals: the provider counts each one it has not
     *                     heard of yet at its total, so an order confirmed a moment ago is never missed
     */
    Money openReceivables(String customerId, String currency, Map<String, Money> creditOrders);
}
