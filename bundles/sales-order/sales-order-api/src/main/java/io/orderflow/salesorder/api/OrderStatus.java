package io.orderflow.salesorder.api;

/** The statuses of an order as the business names them (docs/business-rules.md §2.6). */
public enum OrderStatus {
    PENDING_CONFIRMATION,
    CONFIRMED,
    IN_PRODUCTION,
    AWAITING_SHIPMENT,
    SHIPPED,
    COMPLETED,
    REJECTED,
    CANCELLED,
    ON_HOLD
}
