package io.orderflow.logistics.api;

/** Who pays the freight of a shipment. */
public enum FreightTerms {
    /** The company bears it. */
    COMPANY,
    /** Agreed with the customer, who is invoiced the amount. */
    AGREED
}
