package io.orderflow.logistics.api;

/** How far an order is in logistics, from its lines and shipments. */
public enum OrderStage {
    /** Something is still to ship, or a shipment of it has not left yet. */
    OPEN,
    /** Every line is shipped or closed; a sign-off is still missing. */
    SHIPPED,
    /** Everything shipped is signed for; the installation is still to be accepted. */
    AWAITING_INSTALLATION,
    /** Signed for, and installed where it needs installation. */
    COMPLETED
}
