package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingService;
import io.orderflow.finance.api.PostingState;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * Postings to the ERP under {@code /api/finance/postings}: listed by state (REJECTED is finance's work list) and a
 * rejected one sent again once its cause is corrected.
 */
@Path("/postings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR})
public final class PostingResource {

    private static final int LIMIT = 200;

    private final PostingService postings;

    PostingResource(PostingService postings) {
        this.postings = postings;
    }

    /** @param state PENDING, SENT, CONFIRMED, REJECTED or UNKNOWN; every state when absent */
    @GET
    public List<Posting> postings(@QueryParam("state") String state) {
        return postings.postings(state == null || state.isBlank() ? null : state(state), LIMIT);
    }

    @GET
    @Path("/{key}")
    public Posting posting(@PathParam("key") String key) {
        return postings.posting(key).orElseThrow(() -> new NotFoundException("no posting " + key));
    }

    @POST
    @Path("/{key}/resend")
    @RolesAllowed(Roles.FINANCE)
    public Posting resend(@PathParam("key") String key, @Context Actor actor) {
        return postings.resend(key, actor);
    }

    private static PostingState state(String state) {
        try {
            return PostingState.valueOf(state.strip());
        } catch (IllegalArgumentException unknown) {
            throw new ValidationException("state", "must be one of " + List.of(PostingState.values()));
        }
    }
}
