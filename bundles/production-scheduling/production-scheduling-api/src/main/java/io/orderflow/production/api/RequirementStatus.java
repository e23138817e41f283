package io.orderflow.production.api;

/** Where a production order stands. */
public enum RequirementStatus {
    /** In the schedule proposal, waiting for the production VP's approval. */
    PLANNED,
    /** Approved, but the order's terms ask a prepayment that has not been received yet. */
    AWAITING_PREPAYMENT,
    /** Released to the shop floor ({@code production/STARTED}). */
    RELEASED,
    /** Every unit passed quality inspection ({@code production/COMPLETED}). */
    COMPLETED,
    /** The sales order was cancelled, or stock covered the need after all. */
    CANCELLED;

    public boolean open() {
        return this == PLANNED || this == AWAITING_PREPAYMENT || this == RELEASED;
    }
}
