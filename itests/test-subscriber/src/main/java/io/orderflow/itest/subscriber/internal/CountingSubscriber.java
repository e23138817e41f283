package io.orderflow.itest.subscriber.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.event.OrderReceived;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Records every event it applies in ITEST.EFFECT (once, as an {@link IdempotentSubscriber} on plain JDBC), and fails
 * for the aggregates it is configured to fail for.
 */
@Component(service = EventSubscriber.class, configurationPid = "orderflow.itest.subscriber")
@Designate(ocd = CountingSubscriber.Config.class)
public final class CountingSubscriber extends IdempotentSubscriber<Connection> {

    @ObjectClassDefinition(name = "Orderflow test subscriber")
    public @interface Config {
        /** Aggregates whose events this subscriber refuses, to make poison events. */
        String[] failAggregates() default {};
    }

    static final String ID = "itest.counting";
    private static final String SCHEMA = "ITEST";

    private final Set<String> failAggregates;

    @Activate
    public CountingSubscriber(@Reference Transactions transactions, @Reference AppliedEvents applied,
                              @Reference SchemaMigrations migrations, Config config) {
        super(ID, Set.of(OrderReceived.TYPE, "itest/*"), applied, migrated(migrations),
                work -> transactions.jdbc(Retry.NONE, c -> {
                    work.accept(c);
                    return null;
                }), c -> c);
        this.failAggregates = Set.of(config.failAggregates());
    }

    /** The schema, brought up to date before the applied events are prepared in it. */
    private static String migrated(SchemaMigrations migrations) {
        migrations.migrateShipped(SCHEMA, CountingSubscriber.class);
        return SCHEMA;
    }

    @Override
    protected void apply(Connection c, DomainEvent event) {
        if (failAggregates.contains(event.aggregateId())) {
            throw new IllegalStateException("configured to fail for " + event.aggregateId());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ITEST.EFFECT"
                + " (SUBSCRIBER, EVENT_ID, AGGREGATE_ID, EVENT_TYPE, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, ID);
            ps.setString(2, event.id().toString());
            ps.setString(3, event.aggregateId());
            ps.setString(4, event.type());
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the effect of " + event.id(), e);
        }
    }
}
