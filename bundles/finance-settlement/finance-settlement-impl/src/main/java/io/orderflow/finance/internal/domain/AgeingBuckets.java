package io.orderflow.finance.internal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Receivables aged by due date at an as-of date (docs/business-rules.md §5): not yet due, then one bucket per range of
 * days overdue up to each configured bound, then over the last bound. The default bounds 30, 60, 90, 120 give not yet
 * due, 1–30, 31–60, 61–90, 91–120 and over 120 days.
 */
public final class AgeingBuckets {

    /** A bucket: days overdue from {@code fromDays} to {@code toDays} (null: no upper bound); 0 to 0 is not yet due. */
    public record Bucket(String label, int fromDays, Integer toDays) {
    }

    private final List<Bucket> buckets;

    private AgeingBuckets(List<Bucket> buckets) {
        this.buckets = List.copyOf(buckets);
    }

    /**
     * Reads the bounds as configured, e.g. {@code 30,60,90,120}.
     *
     * @throws IllegalArgumentException unless they are one to twelve whole days, each above the one before, up to 3650
     */
    public static AgeingBuckets of(String bounds) {
        String[] parts = bounds == null ? new String[0] : bounds.split(",", -1);
        if (parts.length < 1 || parts.length > 12) {
            throw new IllegalArgumentException("ageing bounds are 1 to 12 numbers of days such as 30,60,90,120, got "
                    + bounds);
        }
        List<Bucket> buckets = new ArrayList<>(List.of(new Bucket("not yet due", 0, 0)));
        int from = 1;
        for (String part : parts) {
            String days = part.strip();
            if (!days.matches("\\d{1,4}") || Integer.parseInt(days) < from || Integer.parseInt(days) > 3650) {
                throw new IllegalArgumentException("ageing bounds rise from 1 to at most 3650 days, such as"
                        + " 30,60,90,120; got " + bounds);
            }
            int to = Integer.parseInt(days);
            buckets.add(new Bucket(from + "–" + to, from, to));
            from = to + 1;
        }
        buckets.add(new Bucket("over " + (from - 1), from, null));
        return new AgeingBuckets(buckets);
    }

    public List<Bucket> buckets() {
        return buckets;
    }

    /** The bucket of a document due on {@code due}, seen on {@code asOf}: due today is not yet overdue. */
    public Bucket of(LocalDate due, LocalDate asOf) {
        long overdue = ChronoUnit.DAYS.between(due, asOf);
        for (Bucket bucket : buckets) {
            if (overdue <= (bucket.toDays() == null ? Long.MAX_VALUE : bucket.toDays())) {
                return bucket;
            }
        }
        throw new IllegalStateException("the last bucket has no upper bound");
    }
}
