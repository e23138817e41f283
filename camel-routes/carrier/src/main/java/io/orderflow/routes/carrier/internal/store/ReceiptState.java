package io.orderflow.routes.carrier.internal.store;

/** How far a kept webhook got. */
public enum ReceiptState {
    /** Kept; its events are still to be applied. */
    PENDING,
    /** Every event applied (or known already). */
    APPLIED,
    /** Some event names a tracking number no shipment has yet: applied again when one is dispatched. */
    UNMATCHED,
    /** The body does not read as the carrier's format: kept and listed, never applied. */
    UNPARSEABLE
}
