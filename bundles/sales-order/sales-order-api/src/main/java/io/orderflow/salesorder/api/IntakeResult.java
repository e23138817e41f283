package io.orderflow.salesorder.api;

/**
 * The answer of intake.
 *
 * @param order   the order
 * @param created true when this call created it; false when the customer's PO number was already known and the
 *                existing order is returned
 */
public record IntakeResult(SalesOrder order, boolean created) {
}
