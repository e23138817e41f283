package io.orderflow.salesorder.api;

/** Where a review step stands. */
public enum StepStatus {
    PENDING,
    APPROVED,
    REJECTED
}
