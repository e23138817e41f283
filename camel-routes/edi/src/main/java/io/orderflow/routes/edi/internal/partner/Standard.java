package io.orderflow.routes.edi.internal.partner;

/** The EDI standards a partner may speak. */
public enum Standard {
    X12,
    EDIFACT
}
