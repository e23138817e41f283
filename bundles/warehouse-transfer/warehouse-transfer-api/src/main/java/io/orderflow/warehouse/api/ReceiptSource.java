package io.orderflow.warehouse.api;

/** Where expected goods come from. */
public enum ReceiptSource {
    PURCHASE, PRODUCTION
}
