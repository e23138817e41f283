package io.orderflow.aftersales.api;

/**
 * Where a return stands. REQUESTED until both reviewers signed; then AUTHORIZED (with its RMA) or REJECTED (an end);
 * RECEIVED once goods came back into quarantine; INSPECTED once everything received is inspected; REMEDYING once the
 * sales director fixed remedies that are not all done; CLOSED when every line's goods are received, inspected and
 * their remedies done.
 */
public enum ReturnStatus {
    REQUESTED,
    AUTHORIZED,
    REJECTED,
    RECEIVED,
    INSPECTED,
    REMEDYING,
    CLOSED
}
