package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.audit.AuditTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** {@code GET /api/platform/audit?subject=&from=&to=&limit=} for auditors (and admins). */
@Path("/audit")
@RolesAllowed(Roles.AUDITOR)
public final class AuditResource {

    static final int MAX_LIMIT = 1000;

    private final AuditTrail audit;

    AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    /** An entry as JSON: the record's fields plus its position. */
    public record AuditEntryJson(long id, Instant occurredAt, String actor, String role, String action,
                                 String subject, String reason, String details) {
        static AuditEntryJson of(AuditEntry e) {
            var r = e.record();
            return new AuditEntryJson(e.id(), r.occurredAt(), r.actor(), r.role(), r.action(), r.subject(),
                    r.reason(), r.details());
        }
    }

    /**
     * @param from inclusive, an instant ({@code 2026-11-22T08:00:00Z}) or a date (its start, UTC)
     * @param to   exclusive, same formats
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntryJson> find(@QueryParam("subject") String subject, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("100") int limit) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant fromInstant = AuditTimes.parse("from", from, problems);
        Instant toInstant = AuditTimes.parse("to", to, problems);
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String subjectFilter = subject == null || subject.isBlank() ? null : subject;
        return audit.find(new AuditQuery(subjectFilter, fromInstant, toInstant, limit)).stream()
                .map(AuditEntryJson::of).toList();
    }
}
