package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.event.QualityPassed;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What passed production's quality inspection comes into stock for its order: received in the order's region and
 * reserved for it, once per event, in the same transaction as the mark that it was applied.
 */
@Component(service = EventSubscriber.class)
public final class ProducedGoods extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "warehouse.production";
    private final ReservationServiceImpl reservations;
    private final EventCodec codec;

    @Activate
    public ProducedGoods(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa, @Reference SchemaMigrations migrations,
                         @Reference Transactions transactions, @Reference AppliedEvents applied,
                         @Reference ReservationServiceImpl reservations, @Reference EventCodec codec) {
        super(ID, Set.of(QualityPassed.TYPE), applied, WarehouseDatabase.SCHEMA,
                new WarehouseDatabase(jpa, migrations, transactions)::inTransaction, WarehouseDatabase::connection);
        this.reservations = reservations;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        QualityPassed passed = codec.payload(event, QualityPassed.class);
        reservations.receiveProducedIn(em, event.aggregateId(), passed.product(), passed.quantity(),
                passed.reference(), new Actor(passed.inspector(), Set.of(Roles.QUALITY)));
    }
}
