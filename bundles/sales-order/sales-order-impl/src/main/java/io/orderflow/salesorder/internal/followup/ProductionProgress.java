package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.event.ChangeAssessed;
import io.orderflow.production.api.event.ProductionCompleted;
import io.orderflow.production.api.event.ProductionStarted;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.change.OrderChangeServiceImpl;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.util.Objects;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows production for the order: its production orders' start and completion go on the timeline, an order whose
 * production started moves to IN_PRODUCTION (docs/business-rules.md §2.6), and production's assessment of a change
 * request answers it.
 */
@Component(service = EventSubscriber.class)
public final class ProductionProgress extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.production";

    private static final Logger LOG = LoggerFactory.getLogger(ProductionProgress.class);

    private final AuditTrail audit;
    private final OrderChangeServiceImpl changes;
    private final EventCodec codec;

    @Activate
    public ProductionProgress(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                              @Reference AppliedEvents applied, @Reference AuditTrail audit,
                              @Reference OrderChangeServiceImpl changes, @Reference EventCodec codec) {
        super(ID, Set.of(ProductionStarted.TYPE, ProductionCompleted.TYPE, ChangeAssessed.TYPE), applied,
                SalesOrderDatabase.SCHEMA, new SalesOrderDatabase(jpa, migrations, transactions)::inTransaction,
                SalesOrderDatabase::connection);
        this.audit = audit;
        this.changes = changes;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        if (event.type().equals(ChangeAssessed.TYPE)) {
            answer(em, event.aggregateId(), codec.payload(event, ChangeAssessed.class));
            return;
        }
        SalesOrderEntity order = OrderProgress.onTimeline(em, event, codec);
        if (event.type().equals(ProductionStarted.TYPE)) {
            OrderProgress.follow(audit, SalesOrderDatabase.connection(em), order, event, Move.START_PRODUCTION,
                    OrderStatus.IN_PRODUCTION, "production released");
        }
    }

    /** Production's assessment answers the change request, once, unless a planner answered it first. */
    private void answer(EntityManager em, String number, ChangeAssessed assessed) {
        if (!changes.assessIfAwaited(em, number, assessed.changeId(), assessed.feasible(),
                Objects.toString(assessed.projectedDelivery(), ""), String.valueOf(assessed.remark()))) {
            LOG.info("Order {}: change {} no longer waits for an answer; production's is not applied", number,
                    assessed.changeId());
        }
    }
}
