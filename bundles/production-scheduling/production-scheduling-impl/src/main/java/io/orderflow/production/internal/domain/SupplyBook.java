package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One material's supply (stock from today, open purchases from their arrival) in date order, handed out to jobs in
 * scheduling order: earlier jobs take the earliest supply. A pointer only moves forward, so each supply entry is
 * visited once however many jobs draw on it.
 */
final class SupplyBook {

    /** What a job got: the day its last share arrives (0 when it got nothing) and what was missing. */
    record Allocation(int lastSupplyDay, BigDecimal shortfall) {
    }

    private final int[] days;
    private final BigDecimal[] left;
    private int next;

    private SupplyBook(int[] days, BigDecimal[] left) {
        this.days = days;
        this.left = left;
    }

    static SupplyBook of(BigDecimal onHand, List<Arrival> arrivals, DayIndex dayIndex) {
        record Supply(int day, BigDecimal quantity) {
        }
        List<Supply> supplies = new ArrayList<>();
        supplies.add(new Supply(0, onHand));
        arrivals.forEach(arrival -> supplies.add(new Supply(dayIndex.offsetOf(arrival.date()), arrival.quantity())));
        supplies.removeIf(supply -> supply.quantity().signum() <= 0);
        supplies.sort(Comparator.comparingInt(Supply::day));
        return new SupplyBook(supplies.stream().mapToInt(Supply::day).toArray(),
                supplies.stream().map(Supply::quantity).toArray(BigDecimal[]::new));
    }

    Allocation take(BigDecimal required) {
        BigDecimal missing = required;
        int lastSupplyDay = 0;
        while (missing.signum() > 0 && next < left.length) {
            lastSupplyDay = days[next];
            BigDecimal taken = left[next].min(missing);
            missing = missing.subtract(taken);
            left[next] = left[next].subtract(taken);
            if (left[next].signum() == 0) {
                next++;
            }
        }
        return new Allocation(lastSupplyDay, missing);
    }
}
