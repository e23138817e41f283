package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.Ageing;
import io.orderflow.finance.api.Overdue;
import io.orderflow.finance.api.ReceivablesService;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** Receivables under {@code /api/finance/receivables}: aged at an as-of date (today by default), and overdue. */
@Path("/receivables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR, Roles.PRESIDENT})
public final class ReceivablesResource {

    private final ReceivablesService receivables;
    private final BusinessClock clock;

    ReceivablesResource(ReceivablesService receivables, BusinessClock clock) {
        this.receivables = receivables;
        this.clock = clock;
    }

    @GET
    @Path("/aging")
    public Ageing ageing(@QueryParam("asOf") String asOf) {
        return receivables.ageing(day(asOf));
    }

    @GET
    @Path("/overdue")
    public List<Overdue> overdue(@QueryParam("asOf") String asOf) {
        return receivables.overdue(day(asOf));
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return clock.today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ValidationException("asOf", "'" + asOf + "' is not a date yyyy-MM-dd");
        }
    }
}
