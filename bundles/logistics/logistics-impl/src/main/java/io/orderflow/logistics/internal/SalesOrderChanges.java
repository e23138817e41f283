package io.orderflow.logistics.internal;

import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.internal.jpa.LogisticsQueries;
import io.orderflow.logistics.internal.jpa.ShipmentEntity;
import io.orderflow.logistics.internal.jpa.ShippingOrderEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderRevised;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What sales changes about an order logistics knows. A cancelled or revised order's planned shipments are given up,
 * their quantities open again (the warehouse gives the stock back or reserves afresh on the same event), and the next
 * shipment takes the order from sales anew. Sales cancels or revises only an order nothing of which was dispatched. A
 * new promised date is what the on-time measure compares with.
 */
@Component(service = EventSubscriber.class)
public final class SalesOrderChanges extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "logistics.orders";

    private final AuditTrail audit;
    private final BusinessClock clock;
    private final EventCodec codec;

    @Activate
    public SalesOrderChanges(@Reference(target = LogisticsDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                              @Reference AppliedEvents applied, @Reference AuditTrail audit,
                              @Reference BusinessClock clock, @Reference EventCodec codec) {
        super(ID, Set.of(OrderCancelled.TYPE, OrderRevised.TYPE, PromisedDateChanged.TYPE), applied, LogisticsDatabase.SCHEMA,
                new LogisticsDatabase(jpa, migrations, transactions)::inTransaction, LogisticsDatabase::connection);
        this.audit = audit;
        this.clock = clock;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        ShippingOrderEntity order = LogisticsQueries.lockOrder(em, event.aggregateId());
        if (order == null) {
            return;
        }
        switch (event.type()) {
            case PromisedDateChanged.TYPE -> order.promise(codec.payload(event, PromisedDateChanged.class).newDate());
            case OrderRevised.TYPE -> givePlannedUp(em, order, event, "order revised to revision "
                    + codec.payload(event, OrderRevised.class).revision() + ": plan its shipments again");
            default -> givePlannedUp(em, order, event, codec.payload(event, OrderCancelled.class).reason());
        }
    }

    private void givePlannedUp(EntityManager em, ShippingOrderEntity order, DomainEvent event, String reason) {
        for (ShipmentEntity shipment : LogisticsQueries.shipments(em, order.orderNumber(), ShipmentStatus.PLANNED)) {
            shipment.cancel();
            shipment.lines().forEach(l -> order.change(l.lineNo(), progress -> progress.unplan(l.quantity())));
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(event.occurredAt(), Actor.SYSTEM.name(),
                    null, "SHIPMENT_CANCELLED", shipment.id(), reason, "order " + order.orderNumber() + ": "
                    + event.type()));
        }
        OrderAdvance.restage(em, order, clock.dateOf(event.occurredAt()));
    }
}
