package io.orderflow.logistics.api;

/** Where a shipment stands. */
public enum ShipmentStatus {
    /** Created with its lines; waits for its trip (dedicated vehicle) and dispatch. */
    PLANNED,
    /** Left the warehouse; waits for the customer's sign-off. */
    DISPATCHED,
    /** The carrier says it was delivered; the customer's sign-off is still missing. */
    AWAITING_SIGNOFF,
    /** The customer signed for it. */
    SIGNED_OFF,
    /** Given up before dispatch (the order was cancelled): its quantities are open again. */
    CANCELLED
}
