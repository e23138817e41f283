package io.orderflow.production.api;

/** What can stop work on a production order. */
public enum Anomaly {
    /** A material is not there: work waits until the date reported. */
    MATERIAL_SHORTAGE,
    /** A work centre is down until the date reported. */
    BREAKDOWN
}
