package io.orderflow.production.internal.rest;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.production.api.Disposition;
import io.orderflow.production.api.ProductionExecutionService;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProgressReport;
import io.orderflow.production.api.ReworkService;
import java.math.BigDecimal;
import java.util.List;
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

/** Production orders, their progress reports and quality inspections. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductionOrderResource {

    /** {@code {"passed": 480, "failed": 20, "disposition": "REWORK"}}. */
    public record Inspection(BigDecimal passed, BigDecimal failed, Disposition disposition) {
    }

    private final ProductionExecutionService execution;
    private final ReworkService reworks;

    ProductionOrderResource(ProductionExecutionService execution, ReworkService reworks) {
        this.execution = execution;
        this.reworks = reworks;
    }

    /**
     * Every production order, or a sales order's ({@code ?order=}); with {@code ?rework=} the rework orders of that
     * reference or of the references starting with it and "/" (all rework orders when it is empty).
     */
    @GET
    @Path("/production-orders")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<ProductionOrder> productionOrders(@QueryParam("order") String orderNumber,
                                                  @QueryParam("rework") String rework) {
        return rework == null ? execution.productionOrders(orderNumber) : reworks.reworks(rework);
    }

    /** Released production orders without a report for the configured days (7). */
    @GET
    @Path("/production-orders/without-report")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<ProductionOrder> withoutReport() {
        return execution.withoutReport();
    }

    @GET
    @Path("/production-orders/{id}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public ProductionOrder productionOrder(@PathParam("id") long id) {
        return execution.productionOrder(id).orElseThrow(() -> new NotFoundException("no production order " + id));
    }

    /** {@code {"completed": 100}} or {@code {"anomaly": "MATERIAL_SHORTAGE", "until": …, "note": …}}. */
    @POST
    @Path("/production-orders/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRODUCTION_PLANNER)
    public ProductionOrder report(@PathParam("id") long id, ProgressReport report, @Context Actor actor) {
        return execution.report(id, report, actor);
    }

    @POST
    @Path("/production-orders/{id}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QUALITY)
    public ProductionOrder inspect(@PathParam("id") long id, Inspection inspection, @Context Actor actor) {
        if (inspection == null) {
            throw new ValidationException("passed", "is required");
        }
        return execution.inspect(id, inspection.passed(), inspection.failed(), inspection.disposition(), actor);
    }
}
