package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.PrepaymentService;
import io.orderflow.salesorder.api.PrepaymentStatus;
import io.orderflow.salesorder.internal.payment.PrepaymentServiceImpl;
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

/** {@code /orders/{number}/prepayments}: what must be paid before production, and finance recording what was. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PrepaymentResource {

    private final PrepaymentService seam;
    private final PrepaymentServiceImpl prepayments;

    /**
     * @param seam        the ranked service (finance's once it is installed), which answers the status
     * @param prepayments the sales-side book where finance records payments until then
     */
    PrepaymentResource(PrepaymentService seam, PrepaymentServiceImpl prepayments) {
        this.seam = seam;
        this.prepayments = prepayments;
    }

    /** A payment as posted: {@code {"amount":{"amount":"720.00","currency":"CNY"},"reference":"BANK-123"}}. */
    public record PrepaymentRequest(Money amount, String reference) {
    }

    @GET
    @Path("/orders/{number}/prepayments")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public PrepaymentStatus status(@PathParam("number") String number) {
        return seam.status(number);
    }

    /** 201 with the order's prepayment status after the payment. */
    @POST
    @Path("/orders/{number}/prepayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public Response record(@PathParam("number") String number, PrepaymentRequest request, @Context Actor actor) {
        if (request == null || request.amount() == null) {
            throw new ValidationException("amount", "is required");
        }
        return Response.status(201).entity(prepayments.record(number, request.amount(), request.reference(), actor)).build();
    }
}
