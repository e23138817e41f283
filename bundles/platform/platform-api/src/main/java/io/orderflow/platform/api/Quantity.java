package io.orderflow.platform.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of some unit ({@code PCS}, {@code M}, {@code KG}). Equal by value, whatever the scale.
 *
 * @param value the amount, never null
 * @param unit  the unit code, never blank
 */
public record Quantity(BigDecimal value, String unit) {

    /** @throws IllegalArgumentException when the value is missing or the unit blank */
    public Quantity {
        if (value == null) {
            throw new IllegalArgumentException("quantity value is required");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("quantity unit is required");
        }
    }

    public static Quantity of(long value, String unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && unit.equals(q.unit) && value.compareTo(q.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
