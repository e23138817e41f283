package io.orderflow.logistics.api;

/** Where the zone of a carrier event's local time came from. */
public enum ZoneSource {
    /** The carrier gave the offset with the time. */
    OFFSET_GIVEN,
    /** The carrier gave no offset; the zone was inferred from the event's location. */
    INFERRED_FROM_LOCATION,
    /** Neither: the zone configured for the carrier was assumed. */
    ASSUMED
}
