package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A production requirement of an order, or of no order ({@code orderNumber} null: a rework). {@code notBefore} may be
 * null; otherwise no operation starts before it (e.g. the job is held after an anomaly).
 */
public record Job(String id, String orderNumber, String product, BigDecimal quantity, LocalDate dueDate,
        Instant receivedAt, LocalDate notBefore) {

    /**
     * The due date of a question asked of the schedule (a what-if, a change's assessment): after every promise, so it
     * moves none, but before rework orders, so that its answer does not wait behind repairs.
     */
    public static final LocalDate AFTER_PROMISES = LocalDate.of(9999, 12, 30);
    /** The due date of a rework order: it must move no promise and no answer, so it comes after everything. */
    public static final LocalDate AFTER_EVERYTHING = LocalDate.of(9999, 12, 31);

    /** Earliest due date first, then whoever asked first; the id last so the order never depends on input order. */
    public static final Comparator<Job> SCHEDULING_ORDER = Comparator.comparing(Job::dueDate)
            .thenComparing(Job::receivedAt).thenComparing(Job::id);
}
