package io.orderflow.warehouse.internal.domain;

import java.math.BigDecimal;

/** Quantities as people and JSON read them: 100, not 100.0000 or 1E+2. */
public final class Quantities {

    private Quantities() {
    }

    public static BigDecimal normal(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the columns (DECIMAL(19, 4)) hold it: at most 15 digits before the point and 4 after. */
    public static boolean fits(BigDecimal quantity) {
        return quantity.scale() <= 4 && quantity.precision() - quantity.scale() <= 15;
    }

    public static String text(BigDecimal quantity) {
        return normal(quantity).toPlainString();
    }
}
