package io.orderflow.platform.api.audit;

import java.time.Instant;

/**
 * Filters for reading the audit trail; null fields do not filter.
 *
 * @param subject exact business key, may be null
 * @param from    inclusive lower bound of occurredAt, may be null
 * @param to      exclusive upper bound of occurredAt, may be null
 * @param limit   largest number of entries returned, at least 1
 */
public record AuditQuery(String subject, Instant from, Instant to, int limit) {

    /** @throws IllegalArgumentException when limit is below 1 or from is not before to */
    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
