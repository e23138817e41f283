package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderRevised;
import io.orderflow.salesorder.api.event.OrderedLine;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
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
    private final EventCodec codec;

    @Activate
    public OrderReservations(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa, @Reference SchemaMigrations migrations,
                             @Reference Transactions transactions, @Reference AppliedEvents applied,
                             @Reference ReservationServiceImpl reservations, @Reference EventCodec codec) {
        super(ID, Set.of(OrderConfirmed.TYPE, OrderRevised.TYPE, OrderCancelled.TYPE), applied,
                WarehouseDatabase.SCHEMA, new WarehouseDatabase(jpa, migrations, transactions)::inTransaction,
                WarehouseDatabase::connection);
        this.reservations = reservations;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        String number = event.aggregateId();
        switch (event.type()) {
            case OrderConfirmed.TYPE -> {
                OrderConfirmed confirmed = codec.payload(event, OrderConfirmed.class);
                reservations.reserveIn(em, number, confirmed.region(), revision(confirmed.revision()),
                        confirmed.requestedDelivery(), lines(event, confirmed.lines()));
            }
            case OrderRevised.TYPE -> {
                OrderRevised revised = codec.payload(event, OrderRevised.class);
                // Revised before confirmation: CONFIRMED will bring the new lines.
                OrderDemandEntity demand = em.find(OrderDemandEntity.class, number);
                if (demand != null && !demand.released()) {
                    reservations.reserveIn(em, number, demand.region(), revision(revised.revision()),
                            revised.requestedDelivery(), lines(event, revised.lines()));
                }
            }
            default -> reservations.releaseIn(em, number,
                    String.valueOf(codec.payload(event, OrderCancelled.class).reason()));
        }
    }

    /** The order's revision; 1 when the event names none. */
    private static int revision(Integer revision) {
        return revision == null ? 1 : revision;
    }

    /** A malformed line throws, so that the relay parks the event for an operator instead of guessing. */
    private static List<OrderLineQuantity> lines(DomainEvent event, List<OrderedLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no lines");
        }
        return lines.stream().map(l -> {
            if (l.quantity() == null || l.quantity().signum() <= 0 || l.lineNo() == null || l.productCode() == null) {
                throw new IllegalArgumentException(event.type() + " " + event.id() + " has a malformed line " + l);
            }
            return new OrderLineQuantity(l.lineNo(), l.productCode(),
                    l.specification() == null || l.specification().isBlank() ? null : l.specification(), l.quantity());
        }).toList();
    }
}
