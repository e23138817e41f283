package io.orderflow.masterdata.internal.rest;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
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
import javax.ws.rs.core.Response;

/** {@code /api/master-data/regions}: read by staff, written by sales managers; a customer belongs to one. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionResource {

    private final RegionService regions;

    RegionResource(RegionService regions) {
        this.regions = regions;
    }

    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Region> list() {
        return regions.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Region get(@PathParam("code") String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("no region " + code));
    }

    /** Creates (201) or replaces (200) the region with the body's code. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SALES_MANAGER)
    public Response save(Region region, @Context Actor actor) {
        boolean exists = region != null && region.code() != null && regions.find(region.code()).isPresent();
        Region saved = regions.save(region == null ? MasterDataBodies.EMPTY_REGION : region, actor);
        return Response.status(exists ? 200 : 201).entity(saved).build();
    }
}
