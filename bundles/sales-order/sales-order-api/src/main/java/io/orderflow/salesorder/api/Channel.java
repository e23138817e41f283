package io.orderflow.salesorder.api;

/**
 * Where an order came in; set by the entry point, never by the submitter. {@code AFTER_SALES}: a replacement order
 * placed for an exchange ({@link ReplacementOrderService}).
 */
public enum Channel {
    REST,
    SHELL,
    EDI,
    FILE,
    AFTER_SALES
}
