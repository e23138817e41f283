package io.orderflow.platform.internal.event;

import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.event.EventDeliveries;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.PendingDelivery;
import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery book in PLATFORM.EVENT_DELIVERY. Committed events are found by their FANNED_OUT flag (never by a
 * high-water mark: Derby's identity values are not transactional) and get one row per expected subscriber; per
 * subscriber, the undelivered rows are what is due.
 * <p>
 * The relay serves subscribers in parallel; their bookkeeping here takes turns. A scan for what is due and a batch
 * marking deliveries as done, running at the same time, deadlock on Derby's row locks.
 */
@Component(service = {EventDeliveries.class, EventDeliveriesImpl.class}, configurationPid = "orderflow.platform.events")
@Designate(ocd = EventDeliveriesImpl.Config.class)
public final class EventDeliveriesImpl implements EventDeliveries {

    @ObjectClassDefinition(name = "Orderflow event delivery", description = "Retries, parking and retention of deliveries")
    public @interface Config {
        @AttributeDefinition(min = "1", description = "Attempts of one delivery before it is parked for the subscriber")
        int maxAttempts() default 8;

        @AttributeDefinition(min = "1", description = "Wait after the first failed attempt, in milliseconds; doubled each time")
        long backoffInitialMillis() default 500;

        @AttributeDefinition(min = "1", description = "Longest wait between two attempts, in milliseconds")
        long backoffMaxMillis() default 300_000;

        @AttributeDefinition(min = "1", description = "Hours a delivered event is kept before it is purged")
        int retentionHours() default 168;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EventDeliveriesImpl.class);
    private static final int ERROR_MAX = 2000;
    private static final String DUE = "SELECT d.EVENT_SEQ, d.ATTEMPTS FROM PLATFORM.EVENT_DELIVERY d"
            + " WHERE d.SUBSCRIBER = ? AND d.DELIVERED_AT IS NULL AND d.PARKED_AT IS NULL"
            // nothing of the same aggregate at or before it is parked or waiting for its next attempt
            + " AND NOT EXISTS (SELECT 1 FROM PLATFORM.EVENT_DELIVERY b WHERE b.SUBSCRIBER = d.SUBSCRIBER"
            + " AND b.AGGREGATE_ID = d.AGGREGATE_ID AND b.EVENT_SEQ <= d.EVENT_SEQ AND b.DELIVERED_AT IS NULL"
            + " AND (b.PARKED_AT IS NOT NULL OR b.NEXT_ATTEMPT_AT > ?))"
            + " ORDER BY d.EVENT_SEQ";
    // By primary key: a join could scan the outbox and wait on rows that writers have not committed yet.
    private static final String EVENT = "SELECT EVENT_ID, EVENT_TYPE, AGGREGATE_ID, OCCURRED_AT, SCHEMA_VERSION, PAYLOAD"
            + " FROM PLATFORM.OUTBOX_EVENT WHERE SEQ = ?";

    private final DataSource dataSource;
    private final ExpectedSubscribers subscribers;
    private final AppliedEventsImpl applied;
    private final Clock clock;
    private final ReentrantLock turns = new ReentrantLock();
    private final int maxAttempts;
    private final Duration backoffInitial;
    private final Duration backoffMax;
    private final Duration retention;

    /** @param schema referenced so that the PLATFORM tables exist before the first delivery */
    @Activate
    public EventDeliveriesImpl(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                               @Reference SubscriberDirectory directory, @Reference AppliedEventsImpl applied,
                               @Reference SchemaMigrations schema, Config config) {
        this(dataSource, directory, applied, config, Clock.systemUTC());
    }

    EventDeliveriesImpl(DataSource dataSource, ExpectedSubscribers subscribers, AppliedEventsImpl applied, Config config,
                        Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        Map.of("maxAttempts", (long) config.maxAttempts(), "backoffInitialMillis", config.backoffInitialMillis(),
                "retentionHours", (long) config.retentionHours()).forEach((attribute, value) -> {
                    if (value < 1) {
                        problems.add(new FieldProblem(attribute, "must be at least 1"));
                    }
                });
        if (config.backoffMaxMillis() < config.backoffInitialMillis()) {
            problems.add(new FieldProblem("backoffMaxMillis", "must be at least backoffInitialMillis"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("orderflow.platform.events", problems);
        }
        this.dataSource = dataSource;
        this.subscribers = subscribers;
        this.clock = clock;
        this.applied = applied;
        this.maxAttempts = config.maxAttempts();
        this.backoffInitial = Duration.ofMillis(config.backoffInitialMillis());
        this.backoffMax = Duration.ofMillis(config.backoffMaxMillis());
        this.retention = Duration.ofHours(config.retentionHours());
    }

    @Override
    public int fanOut(int max) {
        return inTurn(() -> openDeliveries(max));
    }

    private int openDeliveries(int max) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int handled = fanOut(c, max);
                c.commit();
                return handled;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open deliveries for new events", e);
        }
    }

    private record NewEvent(long seq, String type, String aggregateId) {
    }

    private int fanOut(Connection c, int max) throws SQLException {
        List<NewEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT SEQ, EVENT_TYPE, AGGREGATE_ID FROM PLATFORM.OUTBOX_EVENT"
                + " WHERE FANNED_OUT = FALSE ORDER BY SEQ")) {
            ps.setMaxRows(max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new NewEvent(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        if (events.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> expected = subscribers.expected();
        try (PreparedStatement open = c.prepareStatement(
                "INSERT INTO PLATFORM.EVENT_DELIVERY (EVENT_SEQ, SUBSCRIBER, AGGREGATE_ID) VALUES (?, ?, ?)");
             PreparedStatement done = c.prepareStatement("UPDATE PLATFORM.OUTBOX_EVENT SET FANNED_OUT = TRUE WHERE SEQ = ?")) {
            for (NewEvent event : events) {
                for (Map.Entry<String, Set<String>> subscriber : expected.entrySet()) {
                    // types still unknown: the subscriber gets everything and passes over what it does not want
                    if (subscriber.getValue() == null || EventSubscriber.wants(subscriber.getValue(), event.type())) {
                        open.setLong(1, event.seq());
                        open.setString(2, subscriber.getKey());
                        open.setString(3, event.aggregateId());
                        open.addBatch();
                    }
                }
                done.setLong(1, event.seq());
                done.addBatch();
            }
            open.executeBatch();
            done.executeBatch();
        }
        return events.size();
    }

    @Override
    public List<PendingDelivery> due(String subscriberId, int max) {
        return inTurn(() -> readDue(subscriberId, max));
    }

    private List<PendingDelivery> readDue(String subscriberId, int max) {
        try (Connection c = dataSource.getConnection(); PreparedStatement due = c.prepareStatement(DUE);
             PreparedStatement event = c.prepareStatement(EVENT)) {
            due.setString(1, subscriberId);
            due.setTimestamp(2, Timestamp.from(clock.instant()));
            due.setMaxRows(max);
            List<long[]> positions = new ArrayList<>();
            try (ResultSet rs = due.executeQuery()) {
                while (rs.next()) {
                    positions.add(new long[] {rs.getLong(1), rs.getInt(2)});
                }
            }
            List<PendingDelivery> result = new ArrayList<>();
            for (long[] position : positions) {
                event.setLong(1, position[0]);
                try (ResultSet rs = event.executeQuery()) {
                    rs.next();
                    result.add(new PendingDelivery(position[0], subscriberId, EventJson.read(rs), (int) position[1]));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the deliveries due for " + subscriberId, e);
        }
    }

    @Override
    public void delivered(List<PendingDelivery> appliedDeliveries, List<PendingDelivery> passedOver) {
        if (!appliedDeliveries.isEmpty() || !passedOver.isEmpty()) {
            inTurn(() -> markDelivered(appliedDeliveries, passedOver));
        }
    }

    private int markDelivered(List<PendingDelivery> appliedDeliveries, List<PendingDelivery> passedOver) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE PLATFORM.EVENT_DELIVERY SET DELIVERED_AT = ?, APPLIED = ?, NEXT_ATTEMPT_AT = NULL"
                        + " WHERE EVENT_SEQ = ? AND SUBSCRIBER = ?")) {
            c.setAutoCommit(false);
            for (List<PendingDelivery> deliveries : List.of(appliedDeliveries, passedOver)) {
                for (PendingDelivery delivery : deliveries) {
                    ps.setTimestamp(1, now);
                    ps.setBoolean(2, deliveries == appliedDeliveries);
                    ps.setLong(3, delivery.position());
                    ps.setString(4, delivery.subscriberId());
                    ps.addBatch();
                }
            }
            try {
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
            return appliedDeliveries.size() + passedOver.size();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + (appliedDeliveries.size() + passedOver.size())
                    + " deliveries as done", e);
        }
    }

    @Override
    public boolean failed(PendingDelivery delivery, String error) {
        return inTurn(() -> markFailed(delivery, error));
    }

    private boolean markFailed(PendingDelivery delivery, String error) {
        int attempts = delivery.attempts() + 1;
        Instant now = clock.instant();
        String message = error == null ? "(no message)" : error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        if (attempts >= maxAttempts) {
            update(delivery, "UPDATE PLATFORM.EVENT_DELIVERY SET ATTEMPTS = ?, LAST_ERROR = ?, PARKED_AT = ?,"
                    + " NEXT_ATTEMPT_AT = NULL WHERE EVENT_SEQ = ? AND SUBSCRIBER = ?", attempts, message, Timestamp.from(now));
            LOG.error("Event {} {} of {} parked for {} after {} attempts: {}", delivery.event().type(),
                    delivery.event().id(), delivery.event().aggregateId(), delivery.subscriberId(), attempts, message);
            return true;
        }
        Instant next = now.plus(backoff(attempts));
        update(delivery, "UPDATE PLATFORM.EVENT_DELIVERY SET ATTEMPTS = ?, LAST_ERROR = ?, NEXT_ATTEMPT_AT = ?"
                + " WHERE EVENT_SEQ = ? AND SUBSCRIBER = ?", attempts, message, Timestamp.from(next));
        LOG.warn("Event {} {} failed for {} (attempt {} of {}), next attempt at {}: {}", delivery.event().type(),
                delivery.event().id(), delivery.subscriberId(), attempts, maxAttempts, next, message);
        return false;
    }

    /** Doubling from the initial wait, capped. */
    Duration backoff(int attempts) {
        Duration wait = backoffInitial;
        for (int i = 1; i < attempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    @Override
    public int purge() {
        return inTurn(this::removeOld);
    }

    private int removeOld() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(retention));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            int deliveries = delete(c, "DELETE FROM PLATFORM.EVENT_DELIVERY WHERE DELIVERED_AT < ?", cutoff);
            int abandoned = deleteAbandoned(c, cutoff);
            int events = delete(c, "DELETE FROM PLATFORM.OUTBOX_EVENT e WHERE e.FANNED_OUT = TRUE AND e.OCCURRED_AT < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM PLATFORM.EVENT_DELIVERY d WHERE d.EVENT_SEQ = e.SEQ)", cutoff);
            int appliedIds = applied.purge(cutoff.toInstant());
            if (deliveries + events + appliedIds > 0) {
                LOG.info("Purged {} deliveries, {} events and {} applied-event records older than {}", deliveries,
                        events, appliedIds, cutoff.toInstant());
            }
            if (abandoned > 0) {
                LOG.warn("Dropped {} undelivered deliveries older than {} for subscribers no longer expected", abandoned,
                        cutoff.toInstant());
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge delivered events", e);
        }
    }

    /** Undelivered and older than the retention, for a subscriber that is neither live, declared nor configured. */
    private int deleteAbandoned(Connection c, Timestamp cutoff) throws SQLException {
        Set<String> expected = subscribers.expected().keySet();
        String notExpected = expected.isEmpty() ? "" : " AND SUBSCRIBER NOT IN ("
                + String.join(", ", Collections.nCopies(expected.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PLATFORM.EVENT_DELIVERY WHERE DELIVERED_AT IS NULL"
                + notExpected + " AND EVENT_SEQ IN (SELECT SEQ FROM PLATFORM.OUTBOX_EVENT WHERE OCCURRED_AT < ?)")) {
            int i = 1;
            for (String id : expected) {
                ps.setString(i++, id);
            }
            ps.setTimestamp(i, cutoff);
            return ps.executeUpdate();
        }
    }

    private static int delete(Connection c, String sql, Timestamp cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, cutoff);
            return ps.executeUpdate();
        }
    }

    /**
     * Puts parked deliveries back in line with fresh attempts: those of one event (for one subscriber, or all when
     * {@code subscriber} is null), or every parked delivery when {@code eventId} is null.
     *
     * @return how many deliveries were put back
     */
    int replay(UUID eventId, String subscriber) {
        return inTurn(() -> putBack(eventId, subscriber));
    }

    private int putBack(UUID eventId, String subscriber) {
        StringBuilder sql = new StringBuilder("UPDATE PLATFORM.EVENT_DELIVERY SET PARKED_AT = NULL, ATTEMPTS = 0,"
                + " NEXT_ATTEMPT_AT = NULL WHERE PARKED_AT IS NOT NULL AND DELIVERED_AT IS NULL");
        List<Object> params = new ArrayList<>();
        if (eventId != null) {
            sql.append(" AND EVENT_SEQ = (SELECT SEQ FROM PLATFORM.OUTBOX_EVENT WHERE EVENT_ID = ?)");
            params.add(eventId.toString());
        }
        if (subscriber != null) {
            sql.append(" AND SUBSCRIBER = ?");
            params.add(subscriber);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            c.setAutoCommit(true);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot replay parked deliveries", e);
        }
    }

    private <T> T inTurn(Supplier<T> work) {
        turns.lock();
        try {
            return work.get();
        } finally {
            turns.unlock();
        }
    }

    private void update(PendingDelivery delivery, String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            int i = 1;
            for (Object value : values) {
                ps.setObject(i++, value);
            }
            ps.setLong(i++, delivery.position());
            ps.setString(i, delivery.subscriberId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the delivery of " + delivery.event().id() + " to "
                    + delivery.subscriberId(), e);
        }
    }
}
