package io.orderflow.production.internal.rest;

import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.production.api.ProductionPlanningService;
import io.orderflow.production.api.Purchase;
import io.orderflow.production.api.SchedulePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** The schedule proposal, its approval, the what-if projection and the purchases. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PlanningResource {

    /** {@code {"remark": …}}, optional. */
    public record Approval(@FreeText String remark) {
    }

    /** {@code {"expectedArrival": "2026-12-04"}}. */
    public record Arrival(LocalDate expectedArrival) {
    }

    private final ProductionPlanningService planning;

    PlanningResource(ProductionPlanningService planning) {
        this.planning = planning;
    }

    @GET
    @Path("/schedule")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public SchedulePlan schedule() {
        return planning.schedule();
    }

    @POST
    @Path("/schedule/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRODUCTION_VP)
    public SchedulePlan approve(Approval approval, @Context Actor actor) {
        return planning.approve(approval == null ? null : approval.remark(), actor);
    }

    /** {@code ?product=SMART-LAMP&quantity=500}: when such an order would be made if it were added now. */
    @GET
    @Path("/projection")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Map<String, Object> projection(@QueryParam("product") String product,
                                          @QueryParam("quantity") String quantity) {
        BigDecimal units;
        try {
            units = new BigDecimal(quantity == null ? "" : quantity.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("quantity", "is required: a number of units");
        }
        return Map.of("product", product == null ? "" : product, "quantity", units,
                "projectedCompletion", planning.projection(product, units).toString());
    }

    @GET
    @Path("/purchases")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Purchase> purchases() {
        return planning.purchases();
    }

    @POST
    @Path("/purchases/{id}/receipt")
    @RolesAllowed(Roles.PURCHASING)
    public Purchase receipt(@PathParam("id") long id, @Context Actor actor) {
        return planning.receivePurchase(id, actor);
    }

    @POST
    @Path("/purchases/{id}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PURCHASING)
    public Purchase arrival(@PathParam("id") long id, Arrival arrival, @Context Actor actor) {
        return planning.recordArrival(id, arrival == null ? null : arrival.expectedArrival(), actor);
    }
}
