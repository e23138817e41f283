package io.orderflow.platform.internal.event;

import io.orderflow.platform.internal.tx.TransactionsImpl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.PendingDelivery;
import io.orderflow.platform.internal.DerbyMemory;
import io.orderflow.platform.internal.schema.PlatformSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class EventDeliveriesTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final DataSource ds = DerbyMemory.newDatabase();
    private final TestClock clock = new TestClock();
    private final Map<String, Set<String>> subscribers = new HashMap<>();
    private final EventOutboxImpl outbox = new EventOutboxImpl(PlatformSchema.migrated(ds), new EventCodecImpl());
    private final EventDeliveriesImpl deliveries = new EventDeliveriesImpl(ds, () -> subscribers, new AppliedEventsImpl(ds, new TransactionsImpl(ds)),
            Converters.standardConverter().convert(Map.of("maxAttempts", 3, "backoffInitialMillis", 1000,
                    "backoffMaxMillis", 4000, "retentionHours", 24)).to(EventDeliveriesImpl.Config.class), clock);

    private DomainEvent append(String type, String aggregate) throws SQLException {
        DomainEvent event = DomainEvent.of(type, aggregate, clock.instant(), Map.of("n", 1));
        try (Connection c = DerbyMemory.transaction(ds)) {
            outbox.append(c, event);
            c.commit();
        }
        return event;
    }

    private List<String> due(String subscriber) {
        return deliveries.due(subscriber, 100).stream().map(d -> d.event().aggregateId() + ":" + d.event().type()).toList();
    }

    @Test
    void committedEventsAreOpenedOnceForTheSubscribersThatWantThem() throws SQLException {
        subscribers.put("timeline", Set.of("sample/*"));
        subscribers.put("warehouse", Set.of("sample/CONFIRMED"));
        subscribers.put("never-seen", null);
        append("sample/RECEIVED", "SO-1");
        append("sample/CONFIRMED", "SO-1");
        try (Connection rolledBack = DerbyMemory.transaction(ds)) {
            outbox.append(rolledBack, DomainEvent.of("sample/RECEIVED", "SO-9", clock.instant(), Map.of()));
            rolledBack.rollback();
        }

        assertEquals(2, deliveries.fanOut(100));
        assertEquals(0, deliveries.fanOut(100), "each event is opened once");
        assertEquals(List.of("SO-1:sample/RECEIVED", "SO-1:sample/CONFIRMED"), due("timeline"));
        assertEquals(List.of("SO-1:sample/CONFIRMED"), due("warehouse"));
        assertEquals(2, due("never-seen").size(), "a subscriber whose types are unknown gets everything");
        assertEquals(Map.of("n", 1), deliveries.due("warehouse", 1).get(0).event().payload());
    }

    @Test
    void aFailureHoldsBackItsAggregateUntilTheNextAttemptIsDue() throws SQLException {
        subscribers.put("warehouse", Set.of("sample/*"));
        append("sample/CONFIRMED", "SO-1");
        append("sample/CONFIRMED", "SO-2");
        append("sample/CANCELLED", "SO-1");
        deliveries.fanOut(100);
        PendingDelivery first = deliveries.due("warehouse", 100).get(0);

        assertFalse(deliveries.failed(first, "database of the warehouse is down"));
        assertEquals(List.of("SO-2:sample/CONFIRMED"), due("warehouse"));
        clock.now = clock.now.plusMillis(1000);
        assertEquals(List.of("SO-1:sample/CONFIRMED", "SO-2:sample/CONFIRMED", "SO-1:sample/CANCELLED"),
                due("warehouse"));
        assertEquals(1, deliveries.due("warehouse", 1).get(0).attempts());
    }

    @Test
    void afterTheLastAttemptTheEventIsParkedUntilReplayed() throws SQLException {
        subscribers.put("warehouse", Set.of("sample/*"));
        append("sample/CONFIRMED", "SO-1");
        append("sample/CANCELLED", "SO-1");
        append("sample/CONFIRMED", "SO-2");
        deliveries.fanOut(100);
        PendingDelivery poison = deliveries.due("warehouse", 1).get(0);
        assertFalse(deliveries.failed(poison, "boom 1"));
        clock.now = clock.now.plusSeconds(1);
        assertFalse(deliveries.failed(new PendingDelivery(poison.position(), "warehouse", poison.event(), 1), "boom 2"));
        clock.now = clock.now.plusSeconds(2);
        assertTrue(deliveries.failed(new PendingDelivery(poison.position(), "warehouse", poison.event(), 2), "boom 3"));
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertEquals(List.of("SO-2:sample/CONFIRMED"), due("warehouse"), "parked: its aggregate waits, others flow");

        EventBook.ParkedDelivery parked = new EventBook(ds, null, deliveries, null).parked().get(0);
        assertEquals(poison.event().id(), parked.eventId());
        assertEquals(3, parked.attempts());
        assertEquals("boom 3", parked.error());
        assertEquals(1, deliveries.replay(poison.event().id(), "warehouse"));
        assertEquals(List.of("SO-1:sample/CONFIRMED", "SO-1:sample/CANCELLED", "SO-2:sample/CONFIRMED"),
                due("warehouse"));
        assertEquals(0, deliveries.due("warehouse", 1).get(0).attempts(), "a replay starts afresh");
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofMillis(1000), deliveries.backoff(1));
        assertEquals(Duration.ofMillis(2000), deliveries.backoff(2));
        assertEquals(Duration.ofMillis(4000), deliveries.backoff(3));
        assertEquals(Duration.ofMillis(4000), deliveries.backoff(30));
    }

    @Test
    void whatWasDeliveredLongAgoIsPurgedAndWhatWaitsIsKept() throws SQLException {
        subscribers.put("timeline", Set.of("sample/*"));
        subscribers.put("finance", Set.of("sample/CONFIRMED"));
        append("sample/RECEIVED", "SO-1");
        append("sample/CONFIRMED", "SO-1");
        deliveries.fanOut(100);
        deliveries.delivered(deliveries.due("timeline", 100), List.of());

        clock.now = clock.now.plus(Duration.ofHours(25));
        assertEquals(1, deliveries.purge(), "RECEIVED went to everyone who wanted it; CONFIRMED still waits for finance");
        assertEquals(List.of("SO-1:sample/CONFIRMED"), due("finance"));
        assertEquals(List.of(), due("timeline"));

        subscribers.remove("finance"); // its bundle was uninstalled: what waited for it goes after the retention
        assertEquals(1, deliveries.purge());
        assertEquals(List.of(), due("finance"));
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingThePidAndEachAttribute() {
        EventDeliveriesImpl.Config bad = Converters.standardConverter().convert(Map.of("maxAttempts", 0,
                "backoffInitialMillis", 1000, "backoffMaxMillis", 500, "retentionHours", 24))
                .to(EventDeliveriesImpl.Config.class);
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> new EventDeliveriesImpl(ds, () -> subscribers, null, bad, clock));
        assertEquals("orderflow.platform.events: maxAttempts must be at least 1; backoffMaxMillis must be at least"
                + " backoffInitialMillis", refused.getMessage());
        assertEquals(List.of("maxAttempts", "backoffMaxMillis"), refused.problems().stream().map(p -> p.field()).toList());
    }
}
