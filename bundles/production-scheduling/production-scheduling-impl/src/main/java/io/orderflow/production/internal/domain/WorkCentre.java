package io.orderflow.production.internal.domain;

/**
 * A machine or line the scheduler books work on; its daily capacity is what a working day offers it
 * (docs/business-rules.md §3.2).
 */
public record WorkCentre(String code, int dailyCapacityMinutes) {
}
