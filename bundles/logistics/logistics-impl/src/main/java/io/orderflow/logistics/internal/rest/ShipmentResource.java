package io.orderflow.logistics.internal.rest;

import io.orderflow.logistics.api.OnTimeDelivery;
import io.orderflow.logistics.api.OrderShipping;
import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentDraft;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.logistics.api.TrackingService.Tracking;
import io.orderflow.logistics.api.Trip;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.text.FreeText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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

/** Shipments and their tracking, trips, sign-offs, backorders and installations under {@code /api/logistics}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ShipmentResource {

    /** {@code {"packages":[{"carrier":"SF-EXPRESS","trackingNumber":"SF1234567890"}]}}. */
    public record Dispatch(List<Parcel> packages) {
    }

    /** {@code {"vehicle":"TRUCK-7","driver":"Wang Wei","departure":"2026-12-10","arrival":"2026-12-11"}}. */
    public record TripBooking(String vehicle, String driver, LocalDate departure, LocalDate arrival) {
    }

    /** {@code {"signer":"Li Na","signedAt":"2026-12-08T15:30:00+08:00","source":"CUSTOMER_WORD"}}. */
    public record SignOffRequest(String signer, String signedAt, SignOffSource source) {
    }

    /** {@code {"reason":"the customer takes the rest from stock of its own"}}. */
    public record Reason(@FreeText String reason) {
    }

    /** {@code {"on":"2026-12-12","installer":"Zhao Lei"}}. */
    public record InstallationBooking(LocalDate on, String installer) {
    }

    /** {@code {"acceptedBy":"Li Na"}}. */
    public record Acceptance(String acceptedBy) {
    }

    private final ShipmentService shipments;
    private final TrackingService tracking;

    ShipmentResource(ShipmentService shipments, TrackingService tracking) {
        this.shipments = shipments;
        this.tracking = tracking;
    }

    @GET
    @Path("/shipments")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Shipment> shipments(@QueryParam("order") String order, @QueryParam("status") ShipmentStatus status) {
        return shipments.shipments(order, status);
    }

    @POST
    @Path("/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LOGISTICS)
    public Response create(ShipmentDraft draft, @Context Actor actor) {
        Shipment shipment = shipments.create(draft, actor);
        return Response.status(Response.Status.CREATED).entity(shipment).build();
    }

    @GET
    @Path("/shipments/{id}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Shipment shipment(@PathParam("id") String id) {
        return shipments.shipment(id).orElseThrow(() -> new NotFoundException("no shipment " + id));
    }

    @GET
    @Path("/shipments/{id}/delivery-note")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public String deliveryNote(@PathParam("id") String id) {
        return DeliveryNotePage.render(shipment(id));
    }

    /** Its milestone, flags and every carrier event, by when it happened where known, else by arrival. */
    @GET
    @Path("/shipments/{id}/tracking")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Tracking tracking(@PathParam("id") String id) {
        return tracking.tracking(id).orElseThrow(() -> new NotFoundException("no shipment " + id));
    }

    @POST
    @Path("/shipments/{id}/trip")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FLEET)
    public Shipment bookTrip(@PathParam("id") String id, TripBooking trip, @Context Actor actor) {
        TripBooking given = trip == null ? new TripBooking(null, null, null, null) : trip;
        return shipments.bookTrip(id, given.vehicle(), given.driver(), given.departure(), given.arrival(), actor);
    }

    @POST
    @Path("/shipments/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LOGISTICS)
    public Shipment dispatch(@PathParam("id") String id, Dispatch dispatch, @Context Actor actor) {
        return shipments.dispatch(id, dispatch == null ? null : dispatch.packages(), actor);
    }

    @POST
    @Path("/shipments/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LOGISTICS, Roles.FLEET})
    public Shipment signOff(@PathParam("id") String id, SignOffRequest request, @Context Actor actor) {
        SignOffRequest given = request == null ? new SignOffRequest(null, null, null) : request;
        return shipments.signOff(id, given.signer(), offsetDateTime(given.signedAt()), given.source(), actor);
    }

    /** Time from outside keeps its offset: a time without one is refused, not read in some zone. */
    private static OffsetDateTime offsetDateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("signedAt", "'" + text + "' is not a time with its offset, e.g."
                    + " 2026-12-08T15:30:00+08:00");
        }
    }

    @GET
    @Path("/orders/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public OrderShipping order(@PathParam("number") String number) {
        return shipments.order(number).orElseThrow(() -> new NotFoundException("logistics has no order " + number
                + " (none of it was put in a shipment yet)"));
    }

    @POST
    @Path("/orders/{number}/backorder/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LOGISTICS)
    public OrderShipping closeBackorder(@PathParam("number") String number, Reason reason, @Context Actor actor) {
        return shipments.closeBackorder(number, reason == null ? null : reason.reason(), actor);
    }

    @POST
    @Path("/orders/{number}/installation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LOGISTICS)
    public OrderShipping scheduleInstallation(@PathParam("number") String number, InstallationBooking booking,
                                              @Context Actor actor) {
        InstallationBooking given = booking == null ? new InstallationBooking(null, null) : booking;
        return shipments.scheduleInstallation(number, given.on(), given.installer(), actor);
    }

    @POST
    @Path("/orders/{number}/installation/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LOGISTICS)
    public OrderShipping acceptInstallation(@PathParam("number") String number, Acceptance acceptance,
                                            @Context Actor actor) {
        return shipments.acceptInstallation(number, acceptance == null ? null : acceptance.acceptedBy(), actor);
    }

    @GET
    @Path("/backorders")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<OrderShipping> backorders() {
        return shipments.openBackorders();
    }

    @GET
    @Path("/trips")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Trip> trips() {
        return shipments.trips();
    }

    @GET
    @Path("/trips/to-book")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Shipment> tripsToBook() {
        return shipments.tripsToBook();
    }

    @GET
    @Path("/deliveries/overdue")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Shipment> overdue() {
        return shipments.overdueDeliveries();
    }

    @GET
    @Path("/measures/on-time")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public OnTimeDelivery onTime(@QueryParam("month") String month) {
        if (month == null) {
            throw new ValidationException("month", "is required: yyyy-MM");
        }
        try {
            return shipments.onTime(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "'" + month + "' is not yyyy-MM");
        }
    }
}
