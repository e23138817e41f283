package io.orderflow.aftersales.internal.rest;

import io.orderflow.aftersales.api.DefectService;
import io.orderflow.aftersales.api.DefectStatistics;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.time.YearMonth;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** The defect statistics under {@code /api/after-sales/defects}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class DefectResource {

    private final DefectService defects;
    private final BusinessClock clock;

    DefectResource(DefectService defects, BusinessClock clock) {
        this.defects = defects;
        this.clock = clock;
    }

    /** {@code ?from=2026-01&to=2026-06}; by default the twelve months up to the current one (business zone). */
    @GET
    @Path("/defects")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public DefectStatistics defects(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth last = RestInput.month("to", to, clock.thisMonth());
        return defects.defects(RestInput.month("from", from, last.minusMonths(11)), last);
    }
}
