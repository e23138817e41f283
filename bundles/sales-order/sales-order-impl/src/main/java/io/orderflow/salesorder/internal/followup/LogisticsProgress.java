package io.orderflow.salesorder.internal.followup;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.InstallationAccepted;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.logistics.api.event.TrackingUpdated;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.ShippingStages;
import io.orderflow.salesorder.internal.domain.ShippingStages.Step;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows logistics for the order: its shipments, their carriers' tracking, closed backorders, sign-offs and
 * installation go on the timeline; the order's stage in logistics moves it to SHIPPED and COMPLETED
 * (docs/business-rules.md §2.6), tracking never does; and once a shipment of it was dispatched, only a return changes
 * it (§2.5).
 */
@Component(service = EventSubscriber.class)
public final class LogisticsProgress extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.logistics";

    /** How to read the order's stage from each event type followed. */
    private static final Map<String, BiFunction<EventCodec, DomainEvent, OrderStage>> STAGE = Map.of(
            Dispatched.TYPE, (codec, event) -> codec.payload(event, Dispatched.class).stage(),
            BackorderClosed.TYPE, (codec, event) -> codec.payload(event, BackorderClosed.class).stage(),
            SignedOff.TYPE, (codec, event) -> codec.payload(event, SignedOff.class).stage(),
            InstallationAccepted.TYPE, (codec, event) -> codec.payload(event, InstallationAccepted.class).stage());

    /** The events with a stage, and the carriers' news, which goes on the timeline only. */
    private static final Set<String> FOLLOWED = Stream.concat(STAGE.keySet().stream(), Stream.of(TrackingUpdated.TYPE))
            .collect(Collectors.toUnmodifiableSet());

    private final AuditTrail audit;
    private final EventCodec codec;

    @Activate
    public LogisticsProgress(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                             @Reference AppliedEvents applied, @Reference AuditTrail audit,
                             @Reference EventCodec codec) {
        super(ID, FOLLOWED, applied, SalesOrderDatabase.SCHEMA,
                new SalesOrderDatabase(jpa, migrations, transactions)::inTransaction, SalesOrderDatabase::connection);
        this.audit = audit;
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        SalesOrderEntity order = OrderProgress.onTimeline(em, event, codec);
        if (event.type().equals(TrackingUpdated.TYPE)) {
            return;
        }
        if (event.type().equals(Dispatched.TYPE)) {
            order.dispatched(event.occurredAt());
        }
        OrderStage stage = STAGE.get(event.type()).apply(codec, event);
        for (Step step : ShippingStages.steps(stage, order.workingStatus())) {
            OrderProgress.follow(audit, SalesOrderDatabase.connection(em), order, event, step.move(), step.next(),
                    "logistics reports the order " + stage);
        }
    }
}
