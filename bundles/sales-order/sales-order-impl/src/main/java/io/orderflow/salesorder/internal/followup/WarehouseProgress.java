package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import io.orderflow.warehouse.api.event.OrderFullyReserved;
import io.orderflow.warehouse.api.event.StockReleased;
import io.orderflow.warehouse.api.event.StockReserved;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows the warehouse for the order: its reservations go on the timeline, and an order whose every line is
 * reserved from stock moves on to AWAITING_SHIPMENT (docs/business-rules.md §2.6).
 */
@Component(service = EventSubscriber.class)
public final class WarehouseProgress extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.warehouse";

    private final AuditTrail audit;
    private final EventCodec codec;

    @Activate
    public WarehouseProgress(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                             @Reference AppliedEvents applied, @Reference AuditTrail audit,
                             @Reference EventCodec codec) {
        super(ID, Set.of(StockReserved.TYPE, OrderFullyReserved.TYPE, StockReleased.TYPE), applied,
                SalesOrderDatabase.SCHEMA, new SalesOrderDatabase(jpa, migrations, transactions)::inTransaction,
                SalesOrderDatabase::connection);
        this.audit = audit;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        SalesOrderEntity order = OrderProgress.onTimeline(em, event, codec);
        if (event.type().equals(OrderFullyReserved.TYPE)) {
            OrderProgress.follow(audit, SalesOrderDatabase.connection(em), order, event, Move.FULLY_RESERVE,
                    OrderStatus.AWAITING_SHIPMENT, "every line reserved ("
                            + codec.payload(event, OrderFullyReserved.class).warehouses() + ")");
        } else if (event.type().equals(StockReserved.TYPE)
                && !codec.payload(event, StockReserved.class).fullyReserved()
                && order.workingStatus() == OrderStatus.AWAITING_SHIPMENT) {
            // A revision asked for more than the stock: production plans the rest, the order waits for it again.
            OrderProgress.follow(audit, SalesOrderDatabase.connection(em), order, event, Move.LOSE_RESERVATION,
                    OrderStatus.CONFIRMED, "a line is no longer fully reserved");
        }
    }
}
