package io.orderflow.logistics.api;

/** Where a customer's sign-off comes from. */
public enum SignOffSource {
    /** The carrier's proof of delivery carried a signer, and the carrier's profile lets it count. */
    CARRIER_POD,
    /** The driver of a dedicated vehicle, recorded by {@code fleet}. */
    DRIVER,
    /** A {@code logistics} user on the customer's word. */
    CUSTOMER_WORD
}
