package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.ExpenseClaimDraft;
import io.orderflow.finance.api.ExpenseClaimService;
import io.orderflow.finance.api.ExpenseDecision;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.rest.BinaryBody;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * Expense claims under {@code /api/finance/expense-claims}: filed and corrected by their claimant, decided step by
 * step, receipts added as raw bytes ({@code application/octet-stream} with {@code ?filename=}) and read back. Who
 * may do what on which claim is the service's to say (403 / 409).
 */
@Path("/expense-claims")
@Produces(MediaType.APPLICATION_JSON)
public final class ExpenseClaimResource {

    private final ExpenseClaimService claims;

    ExpenseClaimResource(ExpenseClaimService claims) {
        this.claims = claims;
    }

    /**
     * {@code {"lines":[{"date":"2026-03-01","category":"TRAVEL","description":"Train to Guangzhou","amount":"350.00",
     * "currency":"CNY"}]}}: 201 with the claim, due with the claimant's manager.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response submit(ExpenseClaimDraft draft, @Context Actor actor) {
        return Response.status(Response.Status.CREATED).entity(claims.submit(draft, actor)).build();
    }

    /** The caller's own claims ({@code ?mine}, the default), or those whose due step they decide ({@code ?toDecide}). */
    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<ExpenseClaim> list(@QueryParam("toDecide") String toDecide, @Context Actor actor) {
        return toDecide == null ? claims.mine(actor) : claims.toDecide(actor);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public ExpenseClaim claim(@PathParam("number") String number, @Context Actor actor) {
        return claims.claim(number, actor).orElseThrow(() -> new NotFoundException("no expense claim " + number));
    }

    /**
     * {@code {"decision":"APPROVE","reason":"ok","lines":[{"lineNo":2,"approvedAmount":"300.00","reason":"taxi
     * receipt shows 300"}]}}, or {@code REJECT} / {@code SEND_BACK} with a reason: the claim as it stands after.
     */
    @POST
    @Path("/{number}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public ExpenseClaim decide(@PathParam("number") String number, ExpenseDecision decision, @Context Actor actor) {
        return claims.decide(number, decision, actor);
    }

    /** The corrected lines of a claim sent back, as for filing it. */
    @POST
    @Path("/{number}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public ExpenseClaim resubmit(@PathParam("number") String number, ExpenseClaimDraft draft, @Context Actor actor) {
        return claims.resubmit(number, draft, actor);
    }

    /** The file's bytes as the body, its name in {@code ?filename=}: 201 with the receipt (its type as sniffed). */
    @POST
    @Path("/{number}/receipts")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @BinaryBody
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response addReceipt(@PathParam("number") String number, @QueryParam("filename") String fileName,
                               InputStream body, @Context Actor actor) {
        return Response.status(Response.Status.CREATED).entity(claims.addReceipt(number, fileName, body, actor))
                .build();
    }

    @GET
    @Path("/{number}/receipts/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response receipt(@PathParam("number") String number, @PathParam("id") long id, @Context Actor actor) {
        ExpenseClaimService.ReceiptFile file = claims.receipt(number, id, actor);
        return Response.ok(file.content(), file.contentType()).header("Content-Disposition", "attachment;"
                + " filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20")).build();
    }
}
