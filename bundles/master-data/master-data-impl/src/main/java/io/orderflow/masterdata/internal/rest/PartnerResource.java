package io.orderflow.masterdata.internal.rest;

import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.masterdata.api.PartnerTables;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /api/master-data/partners}: each EDI partner's item cross-reference and location table, read by staff and
 * written by {@code integration}. The path names the partner; a body may leave its {@code partner} out.
 */
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
public final class PartnerResource {

    private final PartnerMappingService partners;

    PartnerResource(PartnerMappingService partners) {
        this.partners = partners;
    }

    /** The partners that have tables, with their sizes. */
    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<PartnerTables> list() {
        return partners.partners();
    }

    @GET
    @Path("/{partner}/items")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<PartnerItem> items(@PathParam("partner") String partner) {
        return partners.items(partner);
    }

    /** Creates (201) or replaces (200) the item of the body's kind and partner item number. */
    @POST
    @Path("/{partner}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATION)
    public Response saveItem(@PathParam("partner") String partner, PartnerItem body, @Context Actor actor) {
        PartnerItem item = body == null ? MasterDataBodies.EMPTY_PARTNER_ITEM : body;
        requireSamePartner(partner, item.partner());
        boolean exists = partners.item(partner, item.kind(), item.partnerItem()).isPresent();
        PartnerItem saved = partners.saveItem(new PartnerItem(partner, item.kind(), item.partnerItem(),
                item.productCode(), item.partnerUnit(), item.packSize()), actor);
        return Response.status(exists ? 200 : 201).entity(saved).build();
    }

    /** 204 when removed, 404 when there was no such item. */
    @DELETE
    @Path("/{partner}/items/{kind}/{partnerItem}")
    @RolesAllowed(Roles.INTEGRATION)
    public Response removeItem(@PathParam("partner") String partner, @PathParam("kind") String kind,
                               @PathParam("partnerItem") String partnerItem, @Context Actor actor) {
        if (!partners.removeItem(partner, kind(kind), partnerItem, actor)) {
            throw new NotFoundException("partner " + partner + " has no " + kind + " " + partnerItem);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{partner}/locations")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<PartnerLocation> locations(@PathParam("partner") String partner) {
        return partners.locations(partner);
    }

    /** Creates (201) or replaces (200) the location with the body's code. */
    @POST
    @Path("/{partner}/locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATION)
    public Response saveLocation(@PathParam("partner") String partner, PartnerLocation body, @Context Actor actor) {
        PartnerLocation location = body == null ? MasterDataBodies.EMPTY_PARTNER_LOCATION : body;
        requireSamePartner(partner, location.partner());
        boolean exists = partners.location(partner, location.code()).isPresent();
        PartnerLocation saved = partners.saveLocation(new PartnerLocation(partner, location.code(),
                location.customerId(), location.name(), location.deliveryAddress()), actor);
        return Response.status(exists ? 200 : 201).entity(saved).build();
    }

    /** 204 when removed, 404 when there was no such location. */
    @DELETE
    @Path("/{partner}/locations/{code}")
    @RolesAllowed(Roles.INTEGRATION)
    public Response removeLocation(@PathParam("partner") String partner, @PathParam("code") String code,
                                   @Context Actor actor) {
        if (!partners.removeLocation(partner, code, actor)) {
            throw new NotFoundException("partner " + partner + " has no location " + code);
        }
        return Response.noContent().build();
    }

    private static void requireSamePartner(String path, String body) {
        if (body != null && !body.equals(path)) {
            throw new ValidationException("partner", "must be left out or be the partner of the path, " + path);
        }
    }

    private static ItemIdKind kind(String kind) {
        try {
            return ItemIdKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "must be one of " + List.of(ItemIdKind.values()));
        }
    }
}
