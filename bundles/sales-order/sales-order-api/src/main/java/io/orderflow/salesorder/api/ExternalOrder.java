package io.orderflow.salesorder.api;

/**
 * An order of an interchange, named by its transaction set.
 *
 * @param transactionSet the transaction set control number (X12 ST02, EDIFACT UNH01), unique in its interchange
 */
public record ExternalOrder(String transactionSet, OrderDraft draft) {
}
