package io.orderflow.production.api;

import java.math.BigDecimal;

/** One operation of a product's routing: where, how long per unit, and the setup it needs once per order. */
public record RoutingStep(int sequence, String workCentre, BigDecimal minutesPerUnit, int setupMinutes) {
}
