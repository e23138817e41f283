package io.orderflow.salesorder.api;

/** What a reviewer decides on a step. */
public enum Decision {
    APPROVE,
    REJECT
}
