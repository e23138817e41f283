package io.orderflow.production.internal.jpa;

import java.math.BigDecimal;

/** Quantities as people and JSON read them: 100, not 100.0000 or 1E+2. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
