package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.ChangeDraft;
import io.orderflow.salesorder.api.ChangeRequest;
import io.orderflow.salesorder.api.OrderChangeService;
import io.orderflow.salesorder.api.OrderRevision;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.platform.api.error.ValidationException;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Change requests and revisions of an order. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ChangeResource {

    private final OrderChangeService changes;

    ChangeResource(OrderChangeService changes) {
        this.changes = changes;
    }

    /** Production's answer: {@code {"feasible":true,"projectedDelivery":"2027-01-20","remark":"…"}}. */
    public record Assessment(Boolean feasible, String projectedDelivery, @FreeText String remark) {
    }

    /** {@code {"reason":"…"}}. */
    public record Withdrawal(@FreeText String reason) {
    }

    @POST
    @Path("/orders/{number}/change-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT})
    public Response request(@PathParam("number") String number, ChangeDraft draft, @Context Actor actor) {
        ChangeDraft body = draft == null ? new ChangeDraft(null, null, null) : draft;
        return Response.status(201).entity(changes.request(number, body, actor)).build();
    }

    @GET
    @Path("/orders/{number}/change-requests")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<ChangeRequest> list(@PathParam("number") String number) {
        return changes.changeRequests(number);
    }

    @POST
    @Path("/orders/{number}/change-requests/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRODUCTION_PLANNER)
    public ChangeRequest assess(@PathParam("number") String number, @PathParam("id") long id, Assessment assessment,
                                @Context Actor actor) {
        if (assessment == null || assessment.feasible() == null) {
            throw new ValidationException("feasible", "say whether production can do it: true or false");
        }
        return changes.assess(number, id, assessment.feasible(), assessment.projectedDelivery(), assessment.remark(), actor);
    }

    /** The customer confirmed the change: it becomes the next revision. */
    @POST
    @Path("/orders/{number}/change-requests/{id}/apply")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT})
    public SalesOrder apply(@PathParam("number") String number, @PathParam("id") long id, @Context Actor actor) {
        return changes.apply(number, id, actor);
    }

    @POST
    @Path("/orders/{number}/change-requests/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER})
    public ChangeRequest withdraw(@PathParam("number") String number, @PathParam("id") long id, Withdrawal withdrawal,
                                  @Context Actor actor) {
        return changes.withdraw(number, id, withdrawal == null ? null : withdrawal.reason(), actor);
    }

    @GET
    @Path("/orders/{number}/revisions")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<OrderRevision> revisions(@PathParam("number") String number) {
        return changes.revisions(number);
    }
}
