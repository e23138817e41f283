package io.orderflow.logistics.api;

import io.orderflow.platform.api.Money;

/**
 * The freight of a shipment.
 *
 * @param amount the agreed amount in the order's currency; null when the company bears it
 */
public record Freight(FreightTerms terms, Money amount) {
}
