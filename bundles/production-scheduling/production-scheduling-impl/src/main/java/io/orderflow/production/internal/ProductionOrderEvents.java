package io.orderflow.production.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.event.ProductionCompleted;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import java.time.Instant;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How a production order ends or changes hands: audited, and announced when it completes. */
@Component(service = ProductionOrderEvents.class)
public final class ProductionOrderEvents {

    private final EventOutbox outbox;
    private final AuditTrail audit;

    @Activate
    public ProductionOrderEvents(@Reference EventOutbox outbox, @Reference AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Moves the production order to {@code status} with an audit entry; COMPLETED is also appended as
     * {@code production/COMPLETED}.
     */
    void close(EntityManager em, ProductionOrderEntity order, RequirementStatus status, String actor, String role,
               String why, Instant now) {
        order.status(status);
        audit.record(ProductionDatabase.connection(em), new AuditRecord(now, actor, role, "PRODUCTION_ORDER_" + status,
                "production order " + order.id(), why, order.orderNumber() + " line " + order.lineNo()));
        if (status == RequirementStatus.COMPLETED) {
            outbox.append(ProductionDatabase.connection(em), order.orderNumber(), now, new ProductionCompleted(
                    order.id(), order.lineNo(), order.productCode(), order.passed()));
        }
    }

    /** Released to the shop floor, audited as the system's (the approval or the prepayment that released it). */
    void released(EntityManager em, ProductionOrderEntity order, String why, Instant now) {
        order.released(now);
        audit.record(ProductionDatabase.connection(em), new AuditRecord(now, "system", null, "PRODUCTION_ORDER_RELEASED",
                "production order " + order.id(), why, order.orderNumber() + " line " + order.lineNo()));
    }
}
