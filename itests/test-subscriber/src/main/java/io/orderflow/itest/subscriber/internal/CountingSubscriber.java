package io.orderflow.itest.subscriber.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Records every event it applies in ITEST.EFFECT (idempotently, through the platform's helper), and fails for the
 * aggregates it is configured to fail for.
 */
@Component(service = EventSubscriber.class, configurationPid = "orderflow.itest.subscriber")
@Designate(ocd = CountingSubscriber.Config.class)
public final class CountingSubscriber implements EventSubscriber {

    @ObjectClassDefinition(name = "Orderflow test subscriber")
    public @interface Config {
        /** Aggregates whose events this subscriber refuses, to make poison events. */
        String[] failAggregates() default {};
    }

    static final String ID = "itest.counting";
    private static final String SCHEMA = "ITEST";

    private final DataSource dataSource;
    private final AppliedEvents applied;
    private final Set<String> failAggregates;

    @Activate
    public CountingSubscriber(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                              @Reference AppliedEvents applied, @Reference SchemaMigrations migrations, Config config) {
        migrations.migrateShipped(SCHEMA, CountingSubscriber.class);
        applied.prepare(SCHEMA);
        this.dataSource = dataSource;
        this.applied = applied;
        this.failAggregates = Set.of(config.failAggregates());
    }

    @Override
    public String subscriberId() {
        return ID;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("sales-order/RECEIVED", "itest/*");
    }

    @Override
    public void onEvent(DomainEvent event) throws SQLException {
        if (failAggregates.contains(event.aggregateId())) {
            throw new IllegalStateException("configured to fail for " + event.aggregateId());
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (applied.markApplied(c, SCHEMA, ID, event.id())) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ITEST.EFFECT"
                            + " (SUBSCRIBER, EVENT_ID, AGGREGATE_ID, EVENT_TYPE, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                        ps.setString(1, ID);
                        ps.setString(2, event.id().toString());
                        ps.setString(3, event.aggregateId());
                        ps.setString(4, event.type());
                        ps.setTimestamp(5, Timestamp.from(Instant.now()));
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
