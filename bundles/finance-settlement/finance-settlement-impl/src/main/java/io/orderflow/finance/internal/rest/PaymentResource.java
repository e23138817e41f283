package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.OrderSettlement;
import io.orderflow.finance.api.Payment;
import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentGate;
import io.orderflow.finance.api.PaymentService;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.text.FreeText;
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

/** Payments and what an order's money stands at, under {@code /api/finance}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PaymentResource {

    /** {@code {"allocations":[{"document":"SO-2026-000001","amount":"300.00"}]}}. */
    public record Allocating(List<AllocationRow> allocations) {
    }

    /** {@code {"reason":"returned by the bank: account closed"}}. */
    public record Reason(@FreeText String reason) {
    }

    private final PaymentService payments;
    private final PaymentGate gate;

    PaymentResource(PaymentService payments, PaymentGate gate) {
        this.payments = payments;
        this.gate = gate;
    }

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public Response record(PaymentDraft draft, @Context Actor actor) {
        if (draft == null) {
            throw new ValidationException("body", "a payment is required");
        }
        return Response.status(Response.Status.CREATED).entity(payments.record(draft, actor)).build();
    }

    @GET
    @Path("/payments")
    @RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR})
    public List<Payment> payments(@QueryParam("customer") String customer) {
        if (customer == null || customer.isBlank()) {
            throw new ValidationException("customer", "is required: the customer whose payments to list");
        }
        return payments.payments(customer);
    }

    @GET
    @Path("/payments/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR})
    public Payment payment(@PathParam("id") String id) {
        return payments.payment(id).orElseThrow(() -> new NotFoundException("no payment " + id));
    }

    @POST
    @Path("/payments/{id}/verification")
    @RolesAllowed(Roles.FINANCE)
    public Payment verify(@PathParam("id") String id, @Context Actor actor) {
        return payments.verify(id, actor);
    }

    @POST
    @Path("/payments/{id}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public Payment allocate(@PathParam("id") String id, Allocating allocating, @Context Actor actor) {
        return payments.allocate(id, allocating == null ? null : allocating.allocations(), actor);
    }

    @POST
    @Path("/payments/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public Payment reverse(@PathParam("id") String id, Reason reason, @Context Actor actor) {
        return payments.reverse(id, reason == null ? null : reason.reason(), actor);
    }

    /** The order's total, prepayment due, verified and pending money, and what is open. */
    @GET
    @Path("/orders/{number}/settlement")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public OrderSettlement settlement(@PathParam("number") String number) {
        return gate.settlement(number).orElseThrow(() -> new NotFoundException("finance has no confirmed order "
                + number));
    }
}
