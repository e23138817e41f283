package io.orderflow.masterdata.api;

/**
 * One line of a partner's item cross-reference: what the partner's number means to us. Checked by
 * {@link PartnerMappingService#saveItem}, not here.
 *
 * @param partner     the EDI partner profile's name, e.g. {@code ACME}
 * @param kind        how the partner numbers the item
 * @param partnerItem the partner's number for the item, as it sends it
 * @param productCode our product ({@link Product#code()})
 * @param partnerUnit the unit the partner orders in, e.g. {@code CA}; null for the product's own unit
 * @param packSize    how many of the product's units one partner unit holds; 1 when it orders single units
 */
public record PartnerItem(String partner, ItemIdKind kind, String partnerItem, String productCode,
                          String partnerUnit, int packSize) {
}
