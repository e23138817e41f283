package io.orderflow.warehouse.internal.rest;

import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.SafetyStock;
import io.orderflow.warehouse.api.Transfer;
import io.orderflow.warehouse.api.TransferService;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** Safety stock, transfer requests and their steps. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class TransferResource {

    /** {@code {"approve": false, "remark": "the count of WH-EAST looks wrong"}}. */
    public record Decision(Boolean approve, @FreeText String remark) {
    }

    /** {@code {"remark": "..."}}, optional. */
    public record Remark(@FreeText String remark) {
    }

    /** {@code {"expectedArrival": "2026-11-25"}}, optional. */
    public record Shipment(LocalDate expectedArrival) {
    }

    private final TransferService transfers;

    TransferResource(TransferService transfers) {
        this.transfers = transfers;
    }

    @GET
    @Path("/transfers")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Transfer> transfers(@QueryParam("product") String product,
                                    @QueryParam("open") @DefaultValue("false") boolean openOnly) {
        return transfers.transfers(product, openOnly);
    }

    @GET
    @Path("/transfers/{id}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Transfer transfer(@PathParam("id") long id) {
        return transfers.transfer(id).orElseThrow(() -> new NotFoundException("no transfer " + id));
    }

    @POST
    @Path("/transfers/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_MANAGER, Roles.SALES_DIRECTOR})
    public Transfer decide(@PathParam("id") long id, Decision decision, @Context Actor actor) {
        if (decision == null || decision.approve() == null) {
            throw new ValidationException("approve", "is required: true or false");
        }
        return transfers.decide(id, decision.approve(), decision.remark(), actor);
    }

    @POST
    @Path("/transfers/{id}/recount")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    public Transfer recounted(@PathParam("id") long id, Remark remark, @Context Actor actor) {
        return transfers.recounted(id, remark == null ? null : remark.remark(), actor);
    }

    @POST
    @Path("/transfers/{id}/pick")
    @RolesAllowed(Roles.WAREHOUSE)
    public Transfer pick(@PathParam("id") long id, @Context Actor actor) {
        return transfers.pick(id, actor);
    }

    @POST
    @Path("/transfers/{id}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    public Transfer ship(@PathParam("id") long id, Shipment shipment, @Context Actor actor) {
        return transfers.ship(id, shipment == null ? null : shipment.expectedArrival(), actor);
    }

    @POST
    @Path("/transfers/{id}/receive")
    @RolesAllowed(Roles.WAREHOUSE)
    public Transfer receive(@PathParam("id") long id, @Context Actor actor) {
        return transfers.receive(id, actor);
    }

    @GET
    @Path("/safety-stock")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<SafetyStock> safetyStock(@QueryParam("product") String product) {
        return transfers.safetyStock(product);
    }

    /** {@code {"warehouse":"WH-SOUTH","product":"LED-PANEL","quantity":40}}; 0 clears it. */
    @PUT
    @Path("/safety-stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WAREHOUSE, Roles.SALES_MANAGER})
    public SafetyStock setSafetyStock(SafetyStock safetyStock, @Context Actor actor) {
        return transfers.setSafetyStock(safetyStock, actor);
    }
}
