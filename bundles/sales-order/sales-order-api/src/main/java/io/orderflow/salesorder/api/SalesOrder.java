package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An accepted sales order.
 *
 * @param number            e.g. {@code SO-2026-000123}
 * @param status            where it stands
 * @param statusReason      why it was rejected, cancelled or put on hold; null otherwise
 * @param revision          1 when received, one more for each change applied
 * @param customerId        the customer
 * @param customerPo        the customer's PO number
 * @param type              customer order, stock-up or replacement
 * @param channel           where it came in
 * @param requestedDelivery the date the customer asked for
 * @param deliveryAddress   where it goes
 * @param paymentTerms      e.g. {@code NET30}
 * @param contact           the contact for this order
 * @param custom            a non-standard product
 * @param installation      needs on-site installation
 * @param shipBeforePayment the exceptional ship-before-payment request
 * @param policyException   the reason of a policy exception, null when none
 * @param lines             at least one
 * @param total             the sum of the line amounts
 * @param flags             what intake noticed for the review
 * @param review            the review's steps, in order
 * @param enteredBy         the user who entered it
 * @param receivedAt        when intake accepted it
 * @param confirmationDueAt by when it must be confirmed
 * @param confirmedAt       when the review (or, for a replacement, the exchange's approval) confirmed it, null
 *                          before
 * @param rma               a replacement's RMA number; null for other orders
 * @param replacementFor    the number of the order a replacement replaces goods of; null for other orders
 */
public record SalesOrder(String number, OrderStatus status, String statusReason, int revision, String customerId,
                         String customerPo, OrderType type, Channel channel, LocalDate requestedDelivery,
                         Address deliveryAddress, String paymentTerms, Contact contact, boolean custom,
                         boolean installation, boolean shipBeforePayment, String policyException,
                         List<OrderLine> lines, Money total, List<IntakeFlag> flags, List<ReviewStep> review,
                         String enteredBy, Instant receivedAt, Instant confirmationDueAt, Instant confirmedAt,
                         String rma, String replacementFor) {

    /** An order that replaces nothing ({@code rma} and {@code replacementFor} null), as built before 3.1. */
    public SalesOrder(String number, OrderStatus status, String statusReason, int revision, String customerId,
                      String customerPo, OrderType type, Channel channel, LocalDate requestedDelivery,
                      Address deliveryAddress, String paymentTerms, Contact contact, boolean custom,
                      boolean installation, boolean shipBeforePayment, String policyException,
                      List<OrderLine> lines, Money total, List<IntakeFlag> flags, List<ReviewStep> review,
                      String enteredBy, Instant receivedAt, Instant confirmationDueAt, Instant confirmedAt) {
        this(number, status, statusReason, revision, customerId, customerPo, type, channel, requestedDelivery,
                deliveryAddress, paymentTerms, contact, custom, installation, shipBeforePayment, policyException,
                lines, total, flags, review, enteredBy, receivedAt, confirmationDueAt, confirmedAt, null, null);
    }

    /** The review steps that can be decided now. */
    public List<ReviewStep> dueSteps() {
        return review.stream().filter(ReviewStep::due).toList();
    }
}
