package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What goes back to the customer once an order is confirmed.
 *
 * @param number            the order number
 * @param revision          the revision confirmed
 * @param customerId        the customer
 * @param customerName      the customer's name
 * @param customerPo        the customer's PO number
 * @param lines             products, quantities and prices
 * @param total             the order total
 * @param requestedDelivery the delivery date
 * @param deliveryAddress   where it goes
 * @param paymentTerms      the terms
 * @param confirmedAt       when the review approved it
 */
public record OrderConfirmation(String number, int revision, String customerId, String customerName,
                                String customerPo, List<OrderLine> lines, Money total, LocalDate requestedDelivery,
                                Address deliveryAddress, String paymentTerms, Instant confirmedAt) {
}
