package io.orderflow.warehouse.internal.rest;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.ShipmentCheck;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The reservations of an order and the check before it ships. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ReservationResource {

    private final ReservationService reservations;

    ReservationResource(ReservationService reservations) {
        this.reservations = reservations;
    }

    /**
     * The lines about to ship, all or part of the order:
     * {@code {"lines":[{"lineNo":1,"product":"LED-LAMP","specification":"4000K","quantity":60}]}}.
     */
    public record ShipmentRequest(List<OrderLineQuantity> lines) {
    }

    @GET
    @Path("/reservations/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public OrderReservation reservation(@PathParam("number") String number) {
        return reservations.reservation(number)
                .orElseThrow(() -> new NotFoundException("no reservation for order " + number));
    }

    /**
     * The check before a shipment, full or partial ({@link ReservationService#checkShipment}): each line named must be
     * a line of the order with its product and specification and at most what is reserved for it now; lines left out
     * stay open as a backorder. Always 200 with {@code matches} and one sentence per problem (an order without
     * reservation, or cancelled, is one); 400 when no line is named.
     */
    @POST
    @Path("/reservations/{number}/shipment-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WAREHOUSE, Roles.LOGISTICS})
    public ShipmentCheck checkShipment(@PathParam("number") String number, ShipmentRequest request) {
        return reservations.checkShipment(number, request == null ? null : request.lines());
    }
}
