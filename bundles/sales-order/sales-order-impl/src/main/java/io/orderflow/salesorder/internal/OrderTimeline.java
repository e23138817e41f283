package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the one timeline per order: every event about an order becomes an entry, once, in the order the relay
 * delivers them (write order per order).
 */
@Component(service = EventSubscriber.class)
public final class OrderTimeline implements EventSubscriber {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.timeline";

    private final SalesOrderDatabase db;
    private final AppliedEvents applied;

    @Activate
    public OrderTimeline(@Reference SalesOrderDatabase db, @Reference AppliedEvents applied) {
        this.db = db;
        this.applied = applied;
        applied.prepare(SalesOrderDatabase.SCHEMA);
    }

    @Override
    public String subscriberId() {
        return ID;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("sales-order/*");
    }

    @Override
    public void onEvent(DomainEvent event) {
        db.tx(em -> {
            if (applied.markApplied(SalesOrderDatabase.connection(em), SalesOrderDatabase.SCHEMA, ID, event.id())) {
                em.persist(new TimelineEntryEntity(event.aggregateId(), event.id(), event.type(), event.occurredAt(),
                        TimelineSummaries.of(event)));
            }
            return null;
        });
    }
}
