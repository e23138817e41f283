package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows production for the order: its production orders' start and completion go on the timeline, and an order
 * whose production started moves to IN_PRODUCTION (domain.md §1, follow-up).
 */
@Component(service = EventSubscriber.class)
public final class ProductionProgress implements EventSubscriber {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.production";

    private final SalesOrderDatabase db;
    private final AppliedEvents applied;
    private final AuditTrail audit;

    @Activate
    public ProductionProgress(@Reference SalesOrderDatabase db, @Reference AppliedEvents applied,
                              @Reference AuditTrail audit) {
        this.db = db;
        this.applied = applied;
        this.audit = audit;
        applied.prepare(SalesOrderDatabase.SCHEMA);
    }

    @Override
    public String subscriberId() {
        return ID;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TimelineSummaries.PRODUCTION_STARTED, TimelineSummaries.PRODUCTION_COMPLETED);
    }

    @Override
    public void onEvent(DomainEvent event) {
        String number = event.aggregateId();
        db.tx(em -> {
            if (!applied.markApplied(SalesOrderDatabase.connection(em), SalesOrderDatabase.SCHEMA, ID, event.id())) {
                return null;
            }
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
            em.persist(new TimelineEntryEntity(number, event.id(), event.type(), event.occurredAt(),
                    TimelineSummaries.of(event)));
            if (event.type().equals(TimelineSummaries.PRODUCTION_STARTED)) {
                OrderProgress.follow(audit, SalesOrderDatabase.connection(em), order, event, Move.START_PRODUCTION,
                        OrderStatus.IN_PRODUCTION, "production released");
            }
            return null;
        });
    }
}
