package io.orderflow.logistics.api;

/** How a shipment travels (docs/business-rules.md §8). */
public enum ShippingMethod {
    /** By a parcel carrier: the default. */
    EXPRESS,
    /** By a vehicle of its own, booked by fleet: for large or custom orders. */
    DEDICATED_VEHICLE
}
