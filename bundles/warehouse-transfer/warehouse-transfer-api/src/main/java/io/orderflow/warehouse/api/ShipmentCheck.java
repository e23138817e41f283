package io.orderflow.warehouse.api;

import java.util.List;

/**
 * The warehouse's check before an order ships (docs/business-rules.md §4.4): what is about to leave against what is
 * reserved.
 *
 * @param matches  every line matches the reservation in product, specification and quantity
 * @param problems one sentence per line that does not
 */
public record ShipmentCheck(String orderNumber, boolean matches, List<String> problems) {
}
