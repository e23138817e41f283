package io.orderflow.platform.internal.audit;

import io.orderflow.platform.api.error.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the bounds of an audit query as the REST call and the shell command accept them. */
public final class AuditTimes {

    private AuditTimes() {
    }

    /**
     * An instant ({@code 2026-11-22T08:00:00Z}) or a date (its start, UTC); null for a blank value. A malformed
     * value adds a problem for {@code field} and yields null.
     */
    public static Instant parse(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be an instant like 2026-11-22T08:00:00Z or a date like 2026-11-22"));
            return null;
        }
    }
}
