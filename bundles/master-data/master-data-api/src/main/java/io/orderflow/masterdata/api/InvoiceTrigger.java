package io.orderflow.masterdata.api;

/** When a customer is invoiced under its contract terms (docs/business-rules.md §5). */
public enum InvoiceTrigger {
    /** When the goods are dispatched. */
    ON_SHIPMENT,
    /** When the customer signs for them. */
    ON_SIGN_OFF
}
