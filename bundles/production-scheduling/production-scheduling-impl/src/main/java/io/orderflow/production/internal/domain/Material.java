package io.orderflow.production.internal.domain;

import java.math.BigDecimal;

/** A material's stock and its supplier lead time in calendar days, which set when a shortage must be ordered. */
public record Material(String code, BigDecimal onHand, int leadTimeDays) {

    public Material {
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("material " + code + ": lead time cannot be negative");
        }
    }
}
