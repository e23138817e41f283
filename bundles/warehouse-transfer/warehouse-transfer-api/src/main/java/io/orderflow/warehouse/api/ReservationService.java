package io.orderflow.warehouse.api;

import io.orderflow.platform.api.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stock reserved for confirmed orders: the customer's region warehouse first, then the others by the configured
 * rule. Confirmation, revision and cancellation of an order reach it as events; the methods are also there for
 * other departments and tests.
 */
@ProviderType
public interface ReservationService {

    /**
     * Reserves what is available for the order's lines, replacing what was reserved for an earlier revision, and
     * appends {@code warehouse/STOCK_RESERVED} (and {@code warehouse/ORDER_FULLY_RESERVED} when nothing is missing).
     * Never reserves more than is available, also when many orders reserve the same stock at once.
     *
     * @param dueOn the promised delivery date; what is missing counts against available-to-promise from then on
     */
    OrderReservation reserve(String orderNumber, String region, int revision, LocalDate dueOn,
                             List<OrderLineQuantity> lines);

    /**
     * Gives the order's reserved stock back ({@code warehouse/STOCK_RELEASED}); nothing when there is none. What already
     * shipped stays shipped.
     */
    Optional<OrderReservation> release(String orderNumber, String reason);

    Optional<OrderReservation> reservation(String orderNumber);

    /**
     * Goods production made for an order line: received into the first warehouse of the order's region and reserved
     * for the order as far as it misses the product (then {@code warehouse/STOCK_RESERVED}, and
     * {@code warehouse/ORDER_FULLY_RESERVED} once nothing is missing). Idempotent on {@code reference}: a call with a
     * reference already received changes nothing.
     *
     * @return the order's reservation afterwards; empty when the warehouse holds no demand for the order
     * @throws io.orderflow.platform.api.error.ValidationException for a quantity not above zero or a blank reference
     */
    Optional<OrderReservation> receiveProduced(String orderNumber, String product, BigDecimal quantity,
                                               String reference, Actor actor);

    /**
     * The warehouse's check before a shipment (docs/business-rules.md §4.4): each line about to ship must be a line of
     * the order with the same product and specification (blank meaning none) and a quantity above zero and at most
     * what is reserved for it now. Lines of the order left out stay open as a backorder and are no problem. An order
     * without a reservation, or whose reservation was released, does not match.
     *
     * @param lines the lines about to ship, not empty
     * @return whether the shipment matches, with one sentence per problem
     * @throws io.orderflow.platform.api.error.ValidationException when {@code lines} is empty or holds null entries
     */
    ShipmentCheck checkShipment(String orderNumber, List<OrderLineQuantity> lines);

    /**
     * Goods of a shipment leave the warehouse from the order's reservation: per line, {@link MoveType#SHIPMENT_ISSUE}
     * moves (on hand and reserved fall together) in the warehouses the line is reserved in, each carrying
     * {@code shipmentId} as its reference, and the line wants that much less from the warehouse, so what shipped never
     * counts as missing. Audited; no event. Idempotent on {@code shipmentId}: a second call with the same lines changes
     * nothing.
     *
     * @param shipmentId logistics' shipment id, at most 100 characters
     * @param lines      the lines shipped, as {@link #checkShipment} accepts them
     * @throws io.orderflow.platform.api.error.ConflictException   when {@link #checkShipment} finds problems (named in
     *                                                             the message; nothing changes), or the shipment id
     *                                                             was issued before with other lines or for another
     *                                                             order
     * @throws io.orderflow.platform.api.error.ValidationException for a blank or too long shipment id, or lines empty
     *                                                             or holding null entries
     */
    void issueForShipment(String orderNumber, String shipmentId, List<OrderLineQuantity> lines, Actor actor);

    /**
     * Logistics closed what was left open on these lines without shipping it: each line wants {@code quantity} less
     * from the warehouse (so it no longer counts as missing), and the reservation it no longer needs is given back
     * ({@link MoveType#RELEASE} moves carrying {@code reference}; never more than is reserved for the line). Audited;
     * no event. Idempotent on {@code reference}: a second call with the same lines changes nothing.
     *
     * @param reference logistics' name for the decision, at most 100 characters
     * @param lines     the lines and the quantity closed on each: above zero and at most what the line still wants,
     *                  with the order's product and specification
     * @param reason    why the rest is closed, required, at most 400 characters
     * @throws io.orderflow.platform.api.error.ConflictException   when a line does not fit the order (the problems
     *                                                             named, nothing changes), the order has no
     *                                                             reservation, or the reference was used before with
     *                                                             other lines or for another order
     * @throws io.orderflow.platform.api.error.ValidationException for a blank or too long reference or reason, or
     *                                                             lines empty or holding null entries
     */
    void releaseRest(String orderNumber, String reference, List<OrderLineQuantity> lines, String reason, Actor actor);
}
