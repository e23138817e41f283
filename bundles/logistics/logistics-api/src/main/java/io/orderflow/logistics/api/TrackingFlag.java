package io.orderflow.logistics.api;

/** What a carrier says beside the milestone; a flag never moves the milestone. */
public enum TrackingFlag {
    DELAYED,
    ON_HOLD,
    ADDRESS_ISSUE,
    REFUSED
}
