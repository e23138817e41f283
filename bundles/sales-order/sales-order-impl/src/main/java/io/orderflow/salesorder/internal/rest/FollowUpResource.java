package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.salesorder.api.DelayReport;
import io.orderflow.salesorder.api.FollowUpEntry;
import io.orderflow.salesorder.api.FollowUpService;
import io.orderflow.salesorder.api.MonthlyMeasures;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/** The supervisor's follow-up lists, the monthly measures and the monthly archive. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class FollowUpResource {

    private final FollowUpService followUp;
    private final BusinessClock clock;

    FollowUpResource(FollowUpService followUp, BusinessClock clock) {
        this.followUp = followUp;
        this.clock = clock;
    }

    @GET
    @Path("/follow-up/overdue-confirmation")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.AUDITOR})
    public List<FollowUpEntry> overdueForConfirmation() {
        return followUp.overdueForConfirmation();
    }

    @GET
    @Path("/follow-up/stale")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.AUDITOR})
    public List<FollowUpEntry> stale() {
        return followUp.stale();
    }

    @GET
    @Path("/follow-up/delay-notices-due")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.AUDITOR})
    public List<DelayReport> delayNoticesDue() {
        return followUp.delayNoticesDue();
    }

    /** {@code ?from=2026-01&to=2026-06}; by default the twelve months up to the current one. */
    @GET
    @Path("/measures")
    @RolesAllowed({Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.PRESIDENT, Roles.AUDITOR})
    public List<MonthlyMeasures> measures(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth last = to == null || to.isBlank() ? clock.thisMonth() : month("to", to);
        return followUp.measures(from == null || from.isBlank() ? last.minusMonths(11) : month("from", from), last);
    }

    /** The orders received in the month as CSV, one row per line, grouped by product and customer. */
    @GET
    @Path("/archive/{month}")
    @Produces("text/csv")
    @RolesAllowed({Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.PRESIDENT, Roles.AUDITOR})
    public Response archive(@PathParam("month") String month) {
        YearMonth archived = month("month", month);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            followUp.writeArchive(archived, writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sales-orders-" + archived + ".csv\"").build();
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a month such as 2026-11, got '" + value + "'");
        }
    }
}
