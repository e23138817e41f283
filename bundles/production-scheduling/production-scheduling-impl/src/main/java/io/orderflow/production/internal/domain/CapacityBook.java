package io.orderflow.production.internal.domain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The minutes a work centre has left, day by day. Full days are skipped with forward pointers compressed as they are
 * followed (union-find style), so finding the next day with capacity is amortised O(1) however busy the centre is.
 * Days are initialised lazily as the schedule reaches them.
 */
final class CapacityBook {

    private final int dailyCapacity;
    private final BitSet downDays;
    private final DayIndex days;
    private int[] remaining = new int[0];
    /** next[d] == d when day d has capacity left, otherwise a day no later than the first one after d that has. */
    private int[] next = new int[0];

    private CapacityBook(int dailyCapacity, BitSet downDays, DayIndex days) {
        this.dailyCapacity = dailyCapacity;
        this.downDays = downDays;
        this.days = days;
    }

    static CapacityBook of(WorkCentre centre, List<Downtime> downtimes, DayIndex days) {
        BitSet downDays = new BitSet();
        for (Downtime downtime : downtimes) {
            boolean ours = downtime.workCentre().equals(centre.code());
            if (ours && !downtime.to().isBefore(downtime.from()) && !downtime.to().isBefore(days.today())) {
                downDays.set(days.offsetOf(downtime.from()), days.offsetOf(downtime.to()) + 1);
            }
        }
        return new CapacityBook(centre.dailyCapacityMinutes(), downDays, days);
    }

    /** The first day from {@code day} on with minutes left. */
    int firstDayWithCapacity(int day) {
        int root = day;
        while (true) {
            reach(root);
            if (next[root] == root) {
                break;
            }
            root = next[root];
        }
        while (day != root) {
            int following = next[day];
            next[day] = root;
            day = following;
        }
        return root;
    }

    /** Books up to {@code minutes} on {@code day} and returns how many it got. */
    int take(int day, int minutes) {
        int taken = Math.min(remaining[day], minutes);
        remaining[day] -= taken;
        if (remaining[day] == 0) {
            next[day] = day + 1;
        }
        return taken;
    }

    private void reach(int day) {
        if (day < remaining.length) {
            return;
        }
        int from = remaining.length;
        int length = Math.max(day + 1, Math.max(64, from * 2));
        remaining = Arrays.copyOf(remaining, length);
        next = Arrays.copyOf(next, length);
        for (int d = from; d < length; d++) {
            remaining[d] = days.isWorkingDay(d) && !downDays.get(d) ? dailyCapacity : 0;
            next[d] = remaining[d] > 0 ? d : d + 1;
        }
    }
}
