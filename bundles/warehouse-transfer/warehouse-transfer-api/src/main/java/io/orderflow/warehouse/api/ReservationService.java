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

    /** Gives the order's reserved stock back ({@code warehouse/STOCK_RELEASED}); nothing when there is none. */
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

    /** Compares what is about to ship with the order's reservation. */
    ShipmentCheck checkShipment(String orderNumber, List<OrderLineQuantity> lines);
}
