package io.orderflow.masterdata.api;

import io.orderflow.platform.api.Address;

/**
 * One line of a partner's location table: which customer and delivery address a location code means. Checked by
 * {@link PartnerMappingService#saveLocation}, not here.
 *
 * @param partner         the EDI partner profile's name, e.g. {@code ACME}
 * @param code            the partner's location code: a store or DC number, or a GLN
 * @param customerId      our customer the location belongs to ({@link Customer#id()})
 * @param name            what the location is called, e.g. {@code Store 1042 Leeds}; may be null
 * @param deliveryAddress where the location takes deliveries; null for the customer's default delivery address
 */
public record PartnerLocation(String partner, String code, String customerId, String name, Address deliveryAddress) {
}
