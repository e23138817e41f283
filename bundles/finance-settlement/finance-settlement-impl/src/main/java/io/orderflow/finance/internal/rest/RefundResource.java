package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.Refund;
import io.orderflow.finance.api.RefundDraft;
import io.orderflow.finance.api.RefundService;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
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
import javax.ws.rs.core.Response;

/** Refunds under {@code /api/finance/refunds}: recorded by one finance user, verified by another. */
@Path("/refunds")
@Produces(MediaType.APPLICATION_JSON)
public final class RefundResource {

    private final RefundService refunds;

    RefundResource(RefundService refunds) {
        this.refunds = refunds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public Response record(RefundDraft draft, @Context Actor actor) {
        return Response.status(Response.Status.CREATED).entity(refunds.record(draft, actor)).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR})
    public List<Refund> refunds(@QueryParam("customer") String customer) {
        if (customer == null || customer.isBlank()) {
            throw new ValidationException("customer", "is required: the customer whose refunds to list");
        }
        return refunds.refunds(customer);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR})
    public Refund refund(@PathParam("id") String id) {
        return refunds.refund(id).orElseThrow(() -> new NotFoundException("no refund " + id));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.FINANCE)
    public Refund verify(@PathParam("id") String id, @Context Actor actor) {
        return refunds.verify(id, actor);
    }
}
