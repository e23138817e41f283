package io.orderflow.warehouse.api;

import java.util.List;

/**
 * The warehouse's check before an order ships (docs/business-rules.md §4.4): what is about to leave against what is
 * reserved.
 *
 * @param matches  every line about to ship is a line of the order with its product and specification, and a quantity
 *                 above zero and at most what is reserved for it
 * @param problems one sentence per problem; empty when it matches
 */
public record ShipmentCheck(String orderNumber, boolean matches, List<String> problems) {
}
