package io.orderflow.warehouse.internal;

import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.warehouse.api.OrderLineQuantity;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What logistics closed without shipping no longer holds stock: the reservation of the closed quantity is given back
 * and production no longer sees it missing. Through the outbox, so a warehouse stopped at that moment does it when it
 * is back.
 */
@Component(service = EventSubscriber.class)
public final class ClosedBackorders extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "warehouse.logistics";

    private final ReservationServiceImpl reservations;
    private final EventCodec codec;

    @Activate
    public ClosedBackorders(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa,
                            @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                            @Reference AppliedEvents applied, @Reference ReservationServiceImpl reservations,
                            @Reference EventCodec codec) {
        super(ID, Set.of(BackorderClosed.TYPE), applied, WarehouseDatabase.SCHEMA,
                new WarehouseDatabase(jpa, migrations, transactions)::inTransaction, WarehouseDatabase::connection);
        this.reservations = reservations;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        BackorderClosed closed = codec.payload(event, BackorderClosed.class);
        reservations.releaseRest(event.aggregateId(), "backorder closed " + event.id(), closed.closed().stream()
                .map(c -> new OrderLineQuantity(c.lineNo(), c.productCode(),
                        c.specification() == null || c.specification().isBlank() ? null : c.specification(),
                        c.quantity())).toList(), closed.reason(), Actor.SYSTEM);
    }
}
