package io.orderflow.salesorder.api;

/** Where a change request stands. */
public enum ChangeStatus {
    /** Waiting for production's answer. */
    REQUESTED,
    /** Production can do it (by the projected date); waiting for the customer's confirmation. */
    FEASIBLE,
    /** Production cannot do it. */
    NOT_FEASIBLE,
    /** Confirmed by the customer and applied as a new revision. */
    APPLIED,
    /** The customer or sales dropped it. */
    WITHDRAWN
}
