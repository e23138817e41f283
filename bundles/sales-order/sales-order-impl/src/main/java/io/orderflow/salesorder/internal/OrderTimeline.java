package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the one timeline per order: every event about an order becomes an entry, once, in the order the relay
 * delivers them (write order per order).
 */
@Component(service = EventSubscriber.class)
public final class OrderTimeline extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.timeline";
    /** Every event of the sales department. */
    private static final String OWN_EVENTS = OrderReceived.TYPE.substring(0, OrderReceived.TYPE.indexOf('/')) + "/*";

    private final EventCodec codec;

    @Activate
    public OrderTimeline(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                         @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                         @Reference AppliedEvents applied, @Reference EventCodec codec) {
        super(ID, Set.of(OWN_EVENTS), applied, SalesOrderDatabase.SCHEMA,
                new SalesOrderDatabase(jpa, migrations, transactions)::inTransaction, SalesOrderDatabase::connection);
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        em.persist(new TimelineEntryEntity(event.aggregateId(), event.id(), event.type(), event.occurredAt(),
                TimelineSummaries.of(event, codec)));
    }
}
