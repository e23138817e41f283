package io.orderflow.salesorder.api;

/** {@code CUSTOMER} for a customer's order, {@code STOCK_UP} for an internal build-ahead. */
public enum OrderType {
    CUSTOMER,
    STOCK_UP
}
