package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One step of a routing: where it runs and how long it takes, so the scheduler knows what capacity to book. */
public record Operation(int sequence, String workCentre, BigDecimal minutesPerUnit, int setupMinutes) {

    public Operation {
        Objects.requireNonNull(workCentre, "workCentre");
        if (minutesPerUnit.signum() < 0 || setupMinutes < 0) {
            throw new IllegalArgumentException("operation " + sequence + " on " + workCentre
                    + ": times cannot be negative");
        }
    }

    /** Whole minutes this step occupies its work centre for {@code quantity} units: setup once, run time rounded up. */
    public int minutesFor(BigDecimal quantity) {
        int runMinutes = minutesPerUnit.multiply(quantity).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.addExact(setupMinutes, runMinutes);
    }
}
