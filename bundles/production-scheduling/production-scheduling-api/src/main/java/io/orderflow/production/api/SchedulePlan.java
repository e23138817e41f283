package io.orderflow.production.api;

import java.time.Instant;
import java.util.List;

/**
 * The current schedule proposal: recomputed after every change of requirements, master data, progress or purchases.
 *
 * @param orderNumbers  the sales orders it serves
 * @param orders        the open production orders (rework orders among them) with their projected completion
 * @param work          operations per work centre per day
 * @param purchasePlan  the materials to buy
 * @param approvedBy    who approved it last; null while it was never approved
 */
public record SchedulePlan(ScheduleState state, Instant computedAt, List<String> orderNumbers,
                           List<ProductionOrder> orders, List<ScheduledWork> work, List<PurchaseLine> purchasePlan,
                           String approvedBy) {
}
