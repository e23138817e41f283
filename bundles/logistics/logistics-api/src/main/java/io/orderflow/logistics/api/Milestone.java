package io.orderflow.logistics.api;

/**
 * Where a package is on its way, as carriers' codes are normalised (domain.md §4). A milestone moves a shipment only
 * forward by rank; a terminal one sticks; {@link #UNKNOWN} never moves anything.
 */
public enum Milestone {
    UNKNOWN(0, false),
    INFO_RECEIVED(1, false),
    PICKED_UP(2, false),
    IN_TRANSIT(3, false),
    OUT_FOR_DELIVERY(4, false),
    AVAILABLE_FOR_PICKUP(4, false),
    DELIVERY_ATTEMPTED(4, false),
    DELIVERED(5, false),
    RETURNED(6, true),
    LOST_OR_DAMAGED(6, true),
    CANCELLED(6, true);

    private final int rank;
    private final boolean terminal;

    Milestone(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    /** Higher is further; milestones of one rank (the three last-mile ones) replace each other. */
    public int rank() {
        return rank;
    }

    /** Nothing moves a shipment on from here. */
    public boolean terminal() {
        return terminal;
    }
}
