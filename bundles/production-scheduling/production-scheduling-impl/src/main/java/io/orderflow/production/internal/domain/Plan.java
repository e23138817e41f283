package io.orderflow.production.internal.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler's result. Slots are sorted by work centre, date, then scheduling order; {@code jobs} iterates in
 * scheduling order; purchases are sorted by material code.
 */
public record Plan(List<Slot> slots, Map<String, JobPlan> jobs, List<PurchaseLine> purchases) {

    public Plan {
        slots = List.copyOf(slots);
        jobs = Collections.unmodifiableMap(new LinkedHashMap<>(jobs));
        purchases = List.copyOf(purchases);
    }
}
