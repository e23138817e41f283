package io.orderflow.routes.carrier.internal.rest;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.routes.carrier.internal.store.Receipt;
import io.orderflow.routes.carrier.internal.store.ReceiptState;
import io.orderflow.routes.carrier.internal.store.Receipts;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** What carriers sent, for {@code integration}: receipts per carrier and state, and the unmatched tracking numbers. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public final class CarrierViewsResource {

    private final Receipts receipts;

    public CarrierViewsResource(Receipts receipts) {
        this.receipts = receipts;
    }

    @GET
    @Path("/receipts")
    public List<Receipt> receipts(@QueryParam("carrier") String carrier, @QueryParam("state") ReceiptState state,
                                  @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "must be 1 to 1000");
        }
        return receipts.list(carrier, state, limit);
    }

    @GET
    @Path("/receipts/counts")
    public List<Receipts.Count> counts() {
        return receipts.counts();
    }

    @GET
    @Path("/unmatched")
    public List<Receipts.Unmatched> unmatched() {
        return receipts.unmatched();
    }
}
