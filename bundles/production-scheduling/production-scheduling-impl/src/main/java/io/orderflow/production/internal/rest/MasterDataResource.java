package io.orderflow.production.internal.rest;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.production.api.MaterialInfo;
import io.orderflow.production.api.ProductDefinition;
import io.orderflow.production.api.ProductionMasterDataService;
import io.orderflow.production.api.WorkCentreInfo;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** Work centres, materials, routings and bills of materials; CSV import. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class MasterDataResource {

    private final ProductionMasterDataService masterData;

    MasterDataResource(ProductionMasterDataService masterData) {
        this.masterData = masterData;
    }

    @GET
    @Path("/work-centres")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<WorkCentreInfo> workCentres() {
        return masterData.workCentres();
    }

    @PUT
    @Path("/work-centres")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRODUCTION_PLANNER)
    public WorkCentreInfo saveWorkCentre(WorkCentreInfo workCentre, @Context Actor actor) {
        return masterData.saveWorkCentre(workCentre, actor);
    }

    @GET
    @Path("/materials")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<MaterialInfo> materials() {
        return masterData.materials();
    }

    @PUT
    @Path("/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRODUCTION_PLANNER)
    public MaterialInfo saveMaterial(MaterialInfo material, @Context Actor actor) {
        return masterData.saveMaterial(material, actor);
    }

    @GET
    @Path("/products/{code}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public ProductDefinition product(@PathParam("code") String code) {
        return masterData.product(code).orElseThrow(() -> new NotFoundException("no routing or bill for " + code));
    }

    /** {@code {"routing":[{"sequence":10,"workCentre":…,"minutesPerUnit":…,"setupMinutes":…}],"bill":[…]}}. */
    @PUT
    @Path("/products/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRODUCTION_PLANNER)
    public ProductDefinition saveProduct(@PathParam("code") String code, ProductDefinition definition,
                                         @Context Actor actor) {
        if (definition == null) {
            throw new ValidationException("routing", "is required");
        }
        return masterData.saveProduct(new ProductDefinition(code, definition.routing(), definition.bill()), actor);
    }

    /** {@code kind}: work-centres, materials, routings or bills; a CSV body with a header row. */
    @POST
    @Path("/import/{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.PRODUCTION_PLANNER)
    public Map<String, Object> importCsv(@PathParam("kind") String kind, String csv, @Context Actor actor) {
        return Map.of("kind", kind, "rows", masterData.importCsv(kind, new StringReader(csv == null ? "" : csv),
                actor));
    }
}
