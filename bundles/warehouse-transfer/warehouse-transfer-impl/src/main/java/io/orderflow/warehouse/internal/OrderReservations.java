package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.salesorder.api.event.SalesOrderEvents;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The warehouse side of the order flow: a confirmed order gets its stock reserved, a revision adjusts the
 * reservation to the new lines, a cancellation gives the stock back. Each event is applied once, in the same
 * transaction as its ledger moves.
 */
@Component(service = EventSubscriber.class)
public final class OrderReservations extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "warehouse.orders";

    private final ReservationServiceImpl reservations;

    @Activate
    public OrderReservations(@Reference WarehouseDatabase db, @Reference AppliedEvents applied,
                             @Reference ReservationServiceImpl reservations) {
        super(ID, Set.of(SalesOrderEvents.CONFIRMED, SalesOrderEvents.REVISED, SalesOrderEvents.CANCELLED),
                applied, WarehouseDatabase.SCHEMA, db::inTransaction, WarehouseDatabase::connection);
        this.reservations = reservations;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        String number = event.aggregateId();
        Map<String, Object> p = event.payload();
        switch (event.type()) {
            case SalesOrderEvents.CONFIRMED -> reservations.reserveIn(em, number, event.requiredText("region"),
                    revision(p), due(event), lines(event));
            case SalesOrderEvents.REVISED -> {
                // Revised before confirmation: CONFIRMED will bring the new lines.
                OrderDemandEntity demand = em.find(OrderDemandEntity.class, number);
                if (demand != null && !demand.released()) {
                    reservations.reserveIn(em, number, demand.region(), revision(p), due(event), lines(event));
                }
            }
            default -> reservations.releaseIn(em, number, String.valueOf(p.get("reason")));
        }
    }

    private static int revision(Map<String, Object> payload) {
        return payload.get("revision") instanceof Number n ? n.intValue() : 1;
    }

    /** The order's delivery date; null when the event names none. */
    private static LocalDate due(DomainEvent event) {
        Object date = event.payload().get("requestedDelivery");
        return date == null || date.toString().isBlank() ? null : LocalDate.parse(date.toString());
    }

    /** A malformed payload throws, so that the relay parks the event for an operator instead of guessing. */
    private static List<OrderLineQuantity> lines(DomainEvent event) {
        if (!(event.payload().get(SalesOrderEvents.KEY_LINES) instanceof List<?> lines) || lines.isEmpty()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no lines");
        }
        return lines.stream().map(line -> {
            Map<?, ?> l = (Map<?, ?>) line;
            BigDecimal quantity = new BigDecimal(String.valueOf(l.get("quantity")));
            if (quantity.signum() <= 0 || !(l.get("lineNo") instanceof Number lineNo) || l.get("productCode") == null) {
                throw new IllegalArgumentException(event.type() + " " + event.id() + " has a malformed line " + l);
            }
            Object specification = l.get("specification");
            return new OrderLineQuantity(lineNo.intValue(), String.valueOf(l.get("productCode")),
                    specification == null || specification.toString().isBlank() ? null : specification.toString(),
                    quantity);
        }).toList();
    }
}
