package io.orderflow.production.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.event.ProductionCompleted;
import io.orderflow.production.api.event.ProductionStarted;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;

/**
 * How a production order starts, ends or changes hands: audited, and announced to sales when it starts or completes
 * (a rework order, which serves no sales order, is not announced). Stateless: each component that moves production
 * orders builds its own.
 */
public final class ProductionOrderEvents {

    private final EventOutbox outbox;
    private final AuditTrail audit;

    public ProductionOrderEvents(EventOutbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Moves the production order to {@code status} with an audit entry; COMPLETED is also appended as
     * {@code production/COMPLETED}, except for a rework order.
     */
    void close(EntityManager em, ProductionOrderEntity order, RequirementStatus status, String actor, String role,
               String why, Instant now) {
        order.status(status);
        audit.record(ProductionDatabase.connection(em), new AuditRecord(now, actor, role, "PRODUCTION_ORDER_" + status,
                "production order " + order.id(), why, order.purpose()));
        if (status == RequirementStatus.COMPLETED && !order.rework()) {
            outbox.append(ProductionDatabase.connection(em), order.orderNumber(), now, new ProductionCompleted(
                    order.id(), order.lineNo(), order.productCode(), order.passed()));
        }
    }

    /** {@code production/STARTED} once per sales order, with the production orders released for it. */
    void started(EntityManager em, List<ProductionOrderEntity> released, Instant now) {
        Map<String, List<ProductionOrderEntity>> bySalesOrder = released.stream().filter(o -> !o.rework())
                .collect(Collectors.groupingBy(ProductionOrderEntity::orderNumber, TreeMap::new, Collectors.toList()));
        bySalesOrder.forEach((number, orders) -> outbox.append(ProductionDatabase.connection(em), number, now,
                new ProductionStarted(orders.stream().map(o -> new ProductionStarted.Order(o.id(), o.lineNo(),
                        o.productCode(), o.quantity())).toList())));
    }

    /** Released to the shop floor, audited as the system's (the approval or the prepayment that released it). */
    void released(EntityManager em, ProductionOrderEntity order, String why, Instant now) {
        order.released(now);
        audit.record(ProductionDatabase.connection(em), new AuditRecord(now, "system", null, "PRODUCTION_ORDER_RELEASED",
                "production order " + order.id(), why, order.purpose()));
    }

    /** Back to waiting for its prepayment before anything was made, audited as the system's with the reason. */
    void heldBack(EntityManager em, ProductionOrderEntity order, String why, Instant now) {
        order.status(RequirementStatus.AWAITING_PREPAYMENT);
        audit.record(ProductionDatabase.connection(em), new AuditRecord(now, "system", null, "PRODUCTION_ORDER_HELD_BACK",
                "production order " + order.id(), why, order.purpose()));
    }
}
