package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.ApprovalRule;
import io.orderflow.salesorder.api.Decision;
import io.orderflow.salesorder.api.OrderConfirmation;
import io.orderflow.salesorder.api.OrderReviewService;
import io.orderflow.salesorder.api.SalesOrder;
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

/** The review: decisions on an order, its confirmation, and the approval matrix. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewResource {

    private final OrderReviewService review;

    ReviewResource(OrderReviewService review) {
        this.review = review;
    }

    /** A decision as posted: {@code {"decision":"APPROVE"|"REJECT","role":"…","remark":"…"}}. */
    public record DecisionRequest(String decision, String role, @FreeText String remark) {
    }

    /**
     * 200 with the order (steps done, steps due); 403 without the role (checked first); 409 when the step is not due
     * or the order is not under review.
     */
    @POST
    @Path("/orders/{number}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public SalesOrder decide(@PathParam("number") String number, DecisionRequest request, @Context Actor actor) {
        if (request == null || request.role() == null || request.role().isBlank()) {
            throw new ValidationException("role", "name the role you decide in");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(String.valueOf(request.decision()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("decision", "must be APPROVE or REJECT");
        }
        return review.decide(number, decision, request.role(), request.remark(), actor);
    }

    @GET
    @Path("/orders/{number}/confirmation")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public OrderConfirmation confirmation(@PathParam("number") String number) {
        return review.confirmation(number);
    }

    /** The same confirmation as a page to print or send; JSON stays the answer to a client that accepts anything. */
    @GET
    @Path("/orders/{number}/confirmation")
    @Produces("text/html;qs=0.5")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public String printableConfirmation(@PathParam("number") String number) {
        return ConfirmationPage.render(review.confirmation(number));
    }

    @GET
    @Path("/approval-matrix")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<ApprovalRule> approvalMatrix() {
        return review.approvalMatrix();
    }
}
