package io.orderflow.production.api;

/** A work centre and the minutes of work it can do on a working day. */
public record WorkCentreInfo(String code, String name, int dailyCapacityMinutes) {
}
