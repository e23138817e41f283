package io.orderflow.aftersales.api;

/**
 * What the customer gets for returned goods: a replacement shipped ({@code EXCHANGE}), the money back by a credit
 * note ({@code REFUND}), or nothing, with the reason ({@code NONE}, e.g. when inspection found the customer's misuse).
 */
public enum Remedy {
    EXCHANGE,
    REFUND,
    NONE
}
