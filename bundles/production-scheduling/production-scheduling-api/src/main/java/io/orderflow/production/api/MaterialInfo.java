package io.orderflow.production.api;

import java.math.BigDecimal;

/** A material: its stock and how many calendar days its supplier needs to deliver. */
public record MaterialInfo(String code, String name, BigDecimal onHand, int leadTimeDays) {
}
