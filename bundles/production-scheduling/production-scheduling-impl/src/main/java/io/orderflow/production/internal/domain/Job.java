package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A production requirement of an order. {@code notBefore} may be null; otherwise no operation starts before it
 * (e.g. the job is held after an anomaly).
 */
public record Job(String id, String orderNumber, String product, BigDecimal quantity, LocalDate dueDate,
        Instant receivedAt, LocalDate notBefore) {

    /** Earliest due date first, then whoever asked first; the id last so the order never depends on input order. */
    public static final Comparator<Job> SCHEDULING_ORDER = Comparator.comparing(Job::dueDate)
            .thenComparing(Job::receivedAt).thenComparing(Job::id);
}
