package io.orderflow.routes.edi.internal.rest;

import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.routes.edi.internal.gateway.EdiGateway;
import io.orderflow.routes.edi.internal.ledger.InterchangeView;
import io.orderflow.routes.edi.internal.ledger.LedgerViews;
import io.orderflow.routes.edi.internal.ledger.PartnerCounts;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Following partners and their interchanges: for the people who onboard and watch partners (role integration). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public final class EdiResource {

    private static final Set<String> DIRECTIONS = Set.of("IN", "OUT");

    private final EdiGateway gateway;
    private final LedgerViews views;
    private final PartnerMappingService partnerTables;
    private final UnmatchedStatuses unmatched;

    EdiResource(EdiGateway gateway, LedgerViews views, PartnerMappingService partnerTables,
                UnmatchedStatuses unmatched) {
        this.gateway = gateway;
        this.views = views;
        this.partnerTables = partnerTables;
        this.unmatched = unmatched;
    }

    /** The partner profiles in force and where their files go. */
    @GET
    @Path("/partners")
    public List<Map<String, Object>> partners() {
        return gateway.partners().stream().map(this::describe).toList();
    }

    @GET
    @Path("/interchanges")
    public List<InterchangeView> interchanges(@QueryParam("partner") String partner,
                                              @QueryParam("direction") String direction,
                                              @QueryParam("state") String state,
                                              @QueryParam("limit") @DefaultValue("100") int limit) {
        if (direction != null && !DIRECTIONS.contains(direction)) {
            throw new ValidationException("direction", "must be IN or OUT");
        }
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "must be between 1 and 500");
        }
        return views.interchanges(partner, direction, state, limit);
    }

    @GET
    @Path("/interchanges/{id}")
    public InterchangeView interchange(@PathParam("id") long id) {
        return views.interchange(id).orElseThrow(() -> new NotFoundException("no interchange " + id));
    }

    /**
     * Takes an inbound interchange again from its kept file, after an analyst added the item or location mapping a
     * set lacked: refused sets become orders once, and the partner gets a new acknowledgement. 404 for no such
     * interchange or no profile for its partner; 409 when every set was taken.
     */
    @POST
    @Path("/interchanges/{id}/rerun")
    public InterchangeView rerun(@PathParam("id") long id) {
        gateway.rerun(id);
        return interchange(id);
    }

    /**
     * Each partner's item cross-reference and location table (kept in master data by partner name); those of a
     * partner without a profile are listed as orphaned, kept for when the profile comes back.
     */
    @GET
    @Path("/partner-tables")
    public List<Map<String, Object>> partnerTables() {
        return PartnerTablesView.of(partnerTables.partners(), gateway.partners());
    }

    /** A file as it came or went, byte for byte. */
    @GET
    @Path("/documents/{id}/raw")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response raw(@PathParam("id") long id) {
        StoredFile file = views.document(id).orElseThrow(() -> new NotFoundException("no document " + id));
        return Response.ok(file.content(), MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"" + PartnerFolders.safeName(file.name()) + "\"")
                .build();
    }

    @GET
    @Path("/counts")
    public List<PartnerCounts> counts() {
        return views.counts();
    }

    /**
     * Carriers' statuses (214 / IFTSTA) logistics has no shipment for yet, the newest first: each waits for a
     * shipment with its tracking number to be dispatched.
     */
    @GET
    @Path("/tracking/unmatched")
    public List<UnmatchedStatuses.Kept> unmatched(@QueryParam("partner") String partner,
                                                  @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "must be between 1 and 500");
        }
        return unmatched.waiting(partner, limit);
    }

    /** Our order responses the partner has not acknowledged in time. */
    @GET
    @Path("/acknowledgements/overdue")
    public List<InterchangeView> overdue() {
        return views.overdue(Instant.now());
    }

    private Map<String, Object> describe(Partner partner) {
        return Map.of("id", partner.id(), "standard", partner.standard().name(), "version", partner.version(),
                "interchangeId", partner.interchangeId(), "customerId", partner.customerId(),
                "acknowledgement", partner.acknowledgement().name(), "duplicates", partner.duplicates().name(),
                "transport", partner.transport().sftp() ? "SFTP" : "FOLDER",
                "folder", gateway.folders(partner).root().toString());
    }
}
