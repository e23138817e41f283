package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.CreditNoteRequest;
import io.orderflow.finance.api.CreditNoteService;
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

/** Credit notes under {@code /api/finance/credit-notes}: issued by finance, read by staff. */
@Path("/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
public final class CreditNoteResource {

    private final CreditNoteService creditNotes;

    CreditNoteResource(CreditNoteService creditNotes) {
        this.creditNotes = creditNotes;
    }

    /**
     * {@code {"invoice":"INV-2026-000001","lines":[{"lineNo":1,"quantity":"3"}],"freight":false,
     * "reason":"three lamps flicker"}}: 201 with the credit note.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public Response issue(CreditNoteRequest request, @Context Actor actor) {
        return Response.status(Response.Status.CREATED).entity(creditNotes.issue(request, actor)).build();
    }

    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<CreditNote> creditNotes(@QueryParam("invoice") String invoice) {
        if (invoice == null || invoice.isBlank()) {
            throw new ValidationException("invoice", "is required: the invoice whose credit notes to list");
        }
        return creditNotes.creditNotes(invoice);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CreditNote creditNote(@PathParam("number") String number) {
        return creditNotes.creditNote(number).orElseThrow(() -> new NotFoundException("no credit note " + number));
    }
}
