package io.orderflow.salesorder.internal.jpa;

import io.orderflow.platform.api.Money;
import java.math.BigDecimal;

/** Amounts come back from DECIMAL(19,4) columns as 25.0000; shown as 25.00 (or with the decimals they need). */
final class Amounts {

    private Amounts() {
    }

    static Money money(BigDecimal stored, String currency) {
        return Money.ofStored(stored, currency);
    }

    /** Trailing zeros dropped, but at least {@code minScale} decimals. */
    static BigDecimal decimal(BigDecimal stored, int minScale) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < minScale ? stored.setScale(minScale) : stripped;
    }
}
