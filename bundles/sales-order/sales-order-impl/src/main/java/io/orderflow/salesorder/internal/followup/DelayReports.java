package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.event.ProductionDelayed;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.OrderDelayEntity;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records the delays production reports on the order and its timeline, so that sales tells the customer in time
 * (the "delay notices due" list), from production's {@link ProductionDelayed}.
 */
@Component(service = EventSubscriber.class)
public final class DelayReports extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.delays";

    private final FollowUpServiceImpl followUp;
    private final EventCodec codec;

    @Activate
    public DelayReports(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                        @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                        @Reference AppliedEvents applied, @Reference FollowUpServiceImpl followUp,
                        @Reference EventCodec codec) {
        super(ID, Set.of(ProductionDelayed.TYPE), applied, SalesOrderDatabase.SCHEMA,
                new SalesOrderDatabase(jpa, migrations, transactions)::inTransaction, SalesOrderDatabase::connection);
        this.followUp = followUp;
        this.codec = codec;
    }

    /** A malformed report or an unknown order throws, so the relay retries and then parks it for an operator. */
    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        ProductionDelayed delay = codec.payload(event, ProductionDelayed.class);
        String number = delay.orderNumber();
        OrderQueries.require(em, number);
        em.persist(new OrderDelayEntity(number, event.id(), delay.oldDate(), delay.newDate(), delay.reason(),
                event.occurredAt(), followUp.noticeDueAt(event.occurredAt())));
        em.persist(new TimelineEntryEntity(number, event.id(), event.type(), event.occurredAt(),
                TimelineSummaries.of(event.type(), delay)));
    }
}
