package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.domain.OrderStateMachine;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.sql.Connection;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How another department's news reaches an order: on its timeline, and moves it through the state machine, audited. */
final class OrderProgress {

    private static final Logger LOG = LoggerFactory.getLogger(OrderProgress.class);

    private OrderProgress() {
    }

    /** Locks the event's order for the caller's changes and puts the event on its timeline; returns the order. */
    static SalesOrderEntity onTimeline(EntityManager em, DomainEvent event, EventCodec codec) {
        SalesOrderEntity order = OrderQueries.lockForUpdate(em, event.aggregateId());
        em.persist(new TimelineEntryEntity(order.number(), event.id(), event.type(), event.occurredAt(),
                TimelineSummaries.of(event, codec)));
        return order;
    }

    /**
     * Moves the order's working status when the state machine allows it from there; an order on hold keeps its hold
     * and is released into the new status. A closed order stays as it is.
     */
    static void follow(AuditTrail audit, Connection tx, SalesOrderEntity order, DomainEvent event, Move move,
                       OrderStatus next, String why) {
        OrderStatus before = order.workingStatus();
        if (!OrderStateMachine.allows(move, before)) {
            LOG.info("Order {}: {} while {}; status left as it is", order.number(), event.type(), before);
            return;
        }
        order.moveWorkingStatus(next, event.occurredAt());
        audit.record(tx, new AuditRecord(event.occurredAt(), Actor.SYSTEM.name(), null, "ORDER_STATUS_" + next,
                order.number(), null, before + " -> " + next + ": " + why));
    }
}
