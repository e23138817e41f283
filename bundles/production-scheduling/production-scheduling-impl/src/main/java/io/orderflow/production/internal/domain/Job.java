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

    /** The due date of work that must not move any promise (a what-if, a rework): it is scheduled after all of them. */
    public static final LocalDate AFTER_EVERYTHING = LocalDate.of(9999, 12, 31);

    /** Earliest due date first, then whoever asked first; the id last so the order never depends on input order. */
    public static final Comparator<Job> SCHEDULING_ORDER = Comparator.comparing(Job::dueDate)
            .thenComparing(Job::receivedAt).thenComparing(Job::id);
}
