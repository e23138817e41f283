package io.orderflow.logistics.api;

import io.orderflow.platform.api.security.Actor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Shipments of orders awaiting shipment, their backorders, dispatch and sign-off (docs/business-rules.md §8). Every
 * change is audited and appends its {@code logistics/} event in the same transaction.
 */
@ProviderType
public interface ShipmentService {

    /**
     * Creates a shipment of all or part of what is open on the order's lines, once the order is AWAITING_SHIPMENT,
     * released by {@link ShipmentRelease} and the warehouse's check passed; the shipping method follows the rules.
     *
     * @throws io.orderflow.platform.api.error.ValidationException for lines or quantities that do not fit, every one
     * @throws io.orderflow.platform.api.error.ConflictException   when the order cannot ship now, with the reason
     * @throws io.orderflow.platform.api.error.DepartmentUnavailableException when sales or the warehouse is away
     */
    Shipment create(ShipmentDraft draft, Actor actor);

    /**
     * Dispatches a planned shipment: the warehouse issues its stock (once), the packages and estimated arrival are
     * recorded and {@code logistics/DISPATCHED} is appended. A dedicated-vehicle shipment needs its trip booked.
     */
    Shipment dispatch(String shipmentId, List<Parcel> packages, Actor actor);

    /** Books the dedicated vehicle of a planned shipment ({@code fleet}), at least the configured days ahead. */
    Shipment bookTrip(String shipmentId, String vehicle, String driver, LocalDate departure,
                      LocalDate arrival, Actor actor);

    /**
     * Records the customer's sign-off of a dispatched shipment ({@code logistics/SIGNED_OFF}); the last one completes
     * the order or opens its installation job.
     */
    Shipment signOff(String shipmentId, String signer, OffsetDateTime signedAt, SignOffSource source,
                     Actor actor);

    /** Closes what is open on every line of the order without shipping ({@code logistics/BACKORDER_CLOSED}). */
    OrderShipping closeBackorder(String orderNumber, String reason, Actor actor);

    /** Schedules the installation job of a delivered order. */
    OrderShipping scheduleInstallation(String orderNumber, LocalDate on, String installer, Actor actor);

    /** Records the customer's acceptance of the installation: the order is complete. */
    OrderShipping acceptInstallation(String orderNumber, String acceptedBy, Actor actor);

    Optional<Shipment> shipment(String shipmentId);

    /** Shipments, newest first, of one order and/or in one status (either may be null). */
    List<Shipment> shipments(String orderNumber, ShipmentStatus status);

    Optional<OrderShipping> order(String orderNumber);

    /** Orders with something open that is in no shipment yet. */
    List<OrderShipping> openBackorders();

    /** Planned dedicated-vehicle shipments with no trip booked. */
    List<Shipment> tripsToBook();

    /** Booked trips, by departure. */
    List<Trip> trips();

    /** Dispatched shipments whose estimated arrival has passed (business zone) without sign-off. */
    List<Shipment> overdueDeliveries();

    /** The on-time delivery rate of the orders whose delivery completed in {@code month} (business zone). */
    OnTimeDelivery onTime(YearMonth month);
}
