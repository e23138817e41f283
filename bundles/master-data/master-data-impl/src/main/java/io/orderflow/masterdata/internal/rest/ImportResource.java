package io.orderflow.masterdata.internal.rest;

import io.orderflow.masterdata.api.MasterDataImportService;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code POST /api/master-data/import/{customers|products|regions|partner-items|partner-locations|organisation}}: a
 * CSV file of one kind, all or nothing (400 naming every problem with its row and column; nothing saved then). Sales
 * managers import customers, products and regions, {@code integration} the partner tables, admin the organisation (and
 * every kind): the import service refuses the other kinds (403).
 */
@Path("/import/{kind}")
public final class ImportResource {

    private final MasterDataImportService imports;

    ImportResource(MasterDataImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_MANAGER, Roles.INTEGRATION})
    public Map<String, Integer> importCsv(@PathParam("kind") String kind, String csv, @Context Actor actor) {
        return Map.of("saved", imports.importCsv(MasterDataImportService.Kind.named(kind), csv == null ? "" : csv,
                actor));
    }
}
