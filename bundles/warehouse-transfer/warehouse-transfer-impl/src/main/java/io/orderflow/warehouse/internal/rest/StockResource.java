package io.orderflow.warehouse.internal.rest;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.LedgerCheck;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.StockService;
import io.orderflow.warehouse.api.Warehouse;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.PathParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Warehouses, stock per product, the moves of the ledger. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class StockResource {

    private final StockService stock;

    StockResource(StockService stock) {
        this.stock = stock;
    }

    @GET
    @Path("/warehouses")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Warehouse> warehouses() {
        return stock.warehouses();
    }

    /** Creates or replaces a warehouse; the body's code, if any, is the path's. */
    @PUT
    @Path("/warehouses/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    public Warehouse saveWarehouse(@PathParam("code") String code, Warehouse body, @Context Actor actor) {
        return stock.saveWarehouse(body == null ? null : new Warehouse(code, body.name(), body.region(),
                body.priority()), actor);
    }

    /** {@code ?product=LED-LAMP}: one row per warehouse. */
    @GET
    @Path("/stock")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<StockRow> stock(@QueryParam("product") String product) {
        return stock.stock(product);
    }

    /** A receipt, an issue or a count adjustment: 201 with the move. */
    @POST
    @Path("/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    public Response record(MoveRequest request, @Context Actor actor) {
        return Response.status(201).entity(stock.record(request, actor)).build();
    }

    @GET
    @Path("/moves")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<StockMove> moves(@QueryParam("product") String product, @QueryParam("warehouse") String warehouse,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        return stock.moves(product, warehouse, limit);
    }

    /** Every balance compared with the sums of its ledger. */
    @GET
    @Path("/ledger-check")
    @RolesAllowed({Roles.WAREHOUSE, Roles.AUDITOR})
    public LedgerCheck ledgerCheck() {
        return stock.verifyLedger();
    }
}
