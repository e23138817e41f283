package io.orderflow.salesorder.api;

/**
 * {@code CUSTOMER} for a customer's order, {@code STOCK_UP} for an internal build-ahead, {@code REPLACEMENT} for the
 * zero-priced order that replaces returned goods in an exchange ({@link ReplacementOrderService}; never taken in at
 * intake).
 */
public enum OrderType {
    CUSTOMER,
    STOCK_UP,
    REPLACEMENT
}
