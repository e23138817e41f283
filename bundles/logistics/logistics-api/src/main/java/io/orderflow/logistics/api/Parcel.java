package io.orderflow.logistics.api;

/**
 * A package of a shipment.
 *
 * @param carrier        who carries it, e.g. {@code SF-EXPRESS}; the company's own vehicle for a trip
 * @param trackingNumber the carrier's number for it
 * @param sscc           its GS1 SSCC-18, null when no company prefix is configured
 */
public record Parcel(String carrier, String trackingNumber, String sscc) {
}
