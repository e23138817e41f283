package io.orderflow.logistics.api;

/** What becomes of the quantity a shipment leaves on a line. */
public enum RestDecision {
    /** It stays open as a backorder, to ship later. */
    KEEP_OPEN,
    /** It is closed without shipping, with a reason; the warehouse gives its reservation back. */
    CANCEL_REST
}
