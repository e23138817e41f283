package io.orderflow.salesorder.internal.domain;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import java.util.ArrayList;
import java.util.List;

/** What logistics' stage of an order means for its status (docs/business-rules.md §2.6). */
public final class ShippingStages {

    /** A move of the order's status and the status it leads to. */
    public record Step(Move move, OrderStatus next) {
    }

    private static final Step SHIP = new Step(Move.SHIP, OrderStatus.SHIPPED);
    private static final Step COMPLETE = new Step(Move.COMPLETE, OrderStatus.COMPLETED);

    private ShippingStages() {
    }

    /**
     * The moves, in order, that bring an order in working status {@code current} to where {@code stage} puts it: an
     * order with something still to ship stays where it is; one whose every line is shipped or closed is SHIPPED,
     * also while it waits for sign-off or installation; a completed one goes through SHIPPED to COMPLETED. None when
     * the order is there already; whether the state machine allows a move from {@code current} is the caller's check.
     */
    public static List<Step> steps(OrderStage stage, OrderStatus current) {
        List<Step> steps = new ArrayList<>();
        if (stage != OrderStage.OPEN && current != OrderStatus.SHIPPED && current != OrderStatus.COMPLETED) {
            steps.add(SHIP);
        }
        if (stage == OrderStage.COMPLETED && current != OrderStatus.COMPLETED) {
            steps.add(COMPLETE);
        }
        return steps;
    }
}
