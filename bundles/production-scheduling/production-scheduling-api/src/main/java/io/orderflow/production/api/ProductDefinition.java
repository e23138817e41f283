package io.orderflow.production.api;

import java.util.List;

/** How a product is made: its routing, in sequence, and its bill of materials. */
public record ProductDefinition(String product, List<RoutingStep> routing, List<BillLine> bill) {
}
