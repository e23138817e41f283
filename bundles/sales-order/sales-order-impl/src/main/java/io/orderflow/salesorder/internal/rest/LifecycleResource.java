package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.OrderLifecycleService;
import io.orderflow.salesorder.api.SalesOrder;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** Cancelling, holding and releasing orders: sales managers. 409 names the moves allowed from the current status. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SALES_MANAGER)
public final class LifecycleResource {

    private final OrderLifecycleService lifecycle;

    LifecycleResource(OrderLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** {@code {"reason":"…"}}. */
    public record ReasonRequest(@FreeText String reason) {
    }

    @POST
    @Path("/orders/{number}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public SalesOrder cancel(@PathParam("number") String number, ReasonRequest request, @Context Actor actor) {
        return lifecycle.cancel(number, request == null ? null : request.reason(), actor);
    }

    @POST
    @Path("/orders/{number}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public SalesOrder hold(@PathParam("number") String number, ReasonRequest request, @Context Actor actor) {
        return lifecycle.hold(number, request == null ? null : request.reason(), actor);
    }

    @POST
    @Path("/orders/{number}/release")
    public SalesOrder release(@PathParam("number") String number, @Context Actor actor) {
        return lifecycle.release(number, actor);
    }
}
