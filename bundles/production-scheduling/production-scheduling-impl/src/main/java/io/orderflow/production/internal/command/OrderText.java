package io.orderflow.production.internal.command;

import io.orderflow.production.api.ProductionOrder;

/** How the shell names what a production order is for, and whether it is projected late. */
final class OrderText {

    private OrderText() {
    }

    /** {@code SO-2026-000001 line 2}, or {@code rework RET-2026-000001/L1}. */
    static String purpose(ProductionOrder order) {
        return order.reworkReference() != null ? "rework " + order.reworkReference()
                : order.orderNumber() + " line " + order.lineNo();
    }

    /** Projected after its due date; a rework order has none, so it is never late. */
    static boolean late(ProductionOrder order) {
        return order.dueDate() != null && order.projectedCompletion() != null
                && order.projectedCompletion().isAfter(order.dueDate());
    }
}
