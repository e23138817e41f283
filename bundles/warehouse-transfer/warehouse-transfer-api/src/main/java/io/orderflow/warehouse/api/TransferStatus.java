package io.orderflow.warehouse.api;

/** Where a transfer request between warehouses stands (docs/business-rules.md §4.3). */
public enum TransferStatus {
    /** Raised by the stock check; waits for a sales-manager. */
    PROPOSED,
    /** A sales-manager approved it; waits for the sales-director. */
    MANAGER_APPROVED,
    /** Both approvals given; waits to be picked at the source. */
    APPROVED,
    /** Rejected with a reason; the stock must be counted again before anything else happens. */
    RECOUNT_REQUIRED,
    /** The warehouse recounted after a rejection; closed, and the stock check runs again on the counted stock. */
    RECOUNTED,
    /** Set aside at the source (reserved there). */
    PICKED,
    /** On its way: in transit at the destination. */
    SHIPPED,
    /** Arrived and on hand at the destination; closed. */
    RECEIVED;

    /** Whether the request still waits for someone; an open request stops a second one for the same destination. */
    public boolean open() {
        return this != RECOUNTED && this != RECEIVED;
    }
}
