package io.orderflow.salesorder.api;

/** Where an order came in; set by the entry point, never by the submitter. */
public enum Channel {
    REST,
    SHELL,
    EDI,
    FILE
}
