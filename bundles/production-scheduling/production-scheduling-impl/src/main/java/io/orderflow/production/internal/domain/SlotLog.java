package io.orderflow.production.internal.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The bookings of one work centre, kept as primitive columns because a large plan has hundreds of thousands of them;
 * turned into {@link Slot}s sorted by date then scheduling order only once, at the end.
 */
final class SlotLog {

    private int size;
    private int[] days = new int[64];
    private int[] jobs = new int[64];
    private int[] operations = new int[64];
    private int[] minutes = new int[64];

    /** Records a booking; {@code job} is the job's position in scheduling order. */
    void add(int day, int job, int operation, int bookedMinutes) {
        if (size == days.length) {
            int length = size * 2;
            days = Arrays.copyOf(days, length);
            jobs = Arrays.copyOf(jobs, length);
            operations = Arrays.copyOf(operations, length);
            minutes = Arrays.copyOf(minutes, length);
        }
        days[size] = day;
        jobs[size] = job;
        operations[size] = operation;
        minutes[size] = bookedMinutes;
        size++;
    }

    /**
     * Appends the bookings to {@code slots} by date, then in booking order, which is scheduling order (jobs are booked
     * one after another, each job's operations in routing order).
     */
    void appendSorted(String workCentre, List<Job> jobsInOrder, DayIndex dayIndex, List<Slot> slots) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) days[i] << 32 | i;
        }
        Arrays.sort(keys);
        for (long key : keys) {
            int i = (int) key;
            Job job = jobsInOrder.get(jobs[i]);
            slots.add(new Slot(workCentre, dayIndex.date(days[i]), job.id(), job.orderNumber(), operations[i],
                    minutes[i]));
        }
    }
}
