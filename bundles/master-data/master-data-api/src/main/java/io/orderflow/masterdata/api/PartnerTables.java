package io.orderflow.masterdata.api;

/**
 * A partner that has mapping tables, with their sizes.
 *
 * @param partner   the partner profile's name
 * @param items     how many item cross-references it has
 * @param locations how many locations it has
 */
public record PartnerTables(String partner, int items, int locations) {
}
