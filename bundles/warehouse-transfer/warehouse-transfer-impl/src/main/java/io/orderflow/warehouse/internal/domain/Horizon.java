package io.orderflow.warehouse.internal.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The dates people may name for stock: from today up to five years ahead, as far as any plan here reaches. */
public final class Horizon {

    private static final int YEARS = 5;

    private Horizon() {
    }

    /** What is wrong with {@code date}, if anything. */
    public static Optional<String> problem(LocalDate date, LocalDate today) {
        if (date.isBefore(today) || date.isAfter(today.plusYears(YEARS))) {
            return Optional.of("must be between today (" + today + ") and " + YEARS + " years ahead");
        }
        return Optional.empty();
    }
}
