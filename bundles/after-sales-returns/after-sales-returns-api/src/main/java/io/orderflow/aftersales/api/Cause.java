package io.orderflow.aftersales.api;

/** What inspection found behind a returned quantity. */
public enum Cause {
    COMPANY_QUALITY,
    TRANSIT_DAMAGE,
    CUSTOMER_MISUSE,
    NO_FAULT_FOUND
}
