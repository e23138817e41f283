package io.orderflow.routes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventDeliveries;
import io.orderflow.platform.api.event.PendingDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    /** The delivery book in memory: what is due, and what was recorded. */
    private static final class Book implements EventDeliveries {
        final List<PendingDelivery> due = new ArrayList<>();
        final List<String> delivered = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> failed = new ArrayList<>();

        @Override
        public int fanOut(int max) {
            return 0;
        }

        @Override
        public List<PendingDelivery> due(String subscriberId, int max) {
            return due.stream().filter(d -> d.subscriberId().equals(subscriberId)).limit(max).toList();
        }

        @Override
        public void delivered(List<PendingDelivery> applied, List<PendingDelivery> passedOver) {
            applied.forEach(d -> delivered.add(d.event().aggregateId() + "#" + d.position()));
            passedOver.forEach(d -> skipped.add(d.event().aggregateId() + "#" + d.position()));
        }

        @Override
        public boolean failed(PendingDelivery delivery, String error) {
            failed.add(delivery.event().aggregateId() + "#" + delivery.position() + ": " + error);
            return false;
        }

        @Override
        public int purge() {
            return 0;
        }
    }

    /** A transport to one subscriber that fails for the aggregates named in {@code failing}. */
    private static final class Transport implements EventTransport {
        final Map<String, Set<String>> reachable = new HashMap<>();
        final Set<String> failing = new HashSet<>();
        final Set<String> needingAnAbsentDepartment = new HashSet<>();
        final List<String> sent = new ArrayList<>();
        boolean goneAfterFailure;

        @Override
        public Map<String, Set<String>> reachable() {
            return reachable;
        }

        @Override
        public void send(String subscriberId, DomainEvent event) {
            if (failing.contains(event.aggregateId())) {
                if (goneAfterFailure) {
                    reachable.remove(subscriberId);
                }
                throw new IllegalStateException("refused " + event.aggregateId());
            }
            if (needingAnAbsentDepartment.contains(event.aggregateId())) {
                // as a subscriber's transaction wraps it
                throw new IllegalStateException("rolled back", new DepartmentUnavailableException("sales order"));
            }
            sent.add(subscriberId + ":" + event.aggregateId() + ":" + event.type());
        }
    }

    private final Book book = new Book();
    private final Transport transport = new Transport();
    private final OutboxRelay relay = new OutboxRelay(book, transport, 100);

    private void due(long position, String subscriber, String aggregate, String type) {
        book.due.add(new PendingDelivery(position, subscriber, DomainEvent.of(type, aggregate, Instant.now(), Map.of()), 0));
    }

    @Test
    void deliversWhatIsDueInOrderAndRecordsIt() {
        transport.reachable.put("timeline", Set.of("sample/*"));
        due(1, "timeline", "SO-1", "sample/RECEIVED");
        due(2, "timeline", "SO-2", "sample/RECEIVED");
        due(3, "timeline", "SO-1", "sample/CONFIRMED");

        assertEquals(3, relay.deliver("timeline"));
        assertEquals(List.of("timeline:SO-1:sample/RECEIVED", "timeline:SO-2:sample/RECEIVED",
                "timeline:SO-1:sample/CONFIRMED"), transport.sent);
        assertEquals(List.of("SO-1#1", "SO-2#2", "SO-1#3"), book.delivered);
    }

    @Test
    void aFailureHoldsBackTheRestOfItsAggregateOnly() {
        transport.reachable.put("warehouse", Set.of("sample/CONFIRMED", "sample/CANCELLED"));
        transport.failing.add("SO-1");
        due(1, "warehouse", "SO-1", "sample/CONFIRMED");
        due(2, "warehouse", "SO-2", "sample/CONFIRMED");
        due(3, "warehouse", "SO-1", "sample/CANCELLED");
        due(4, "warehouse", "SO-2", "sample/CANCELLED");

        assertEquals(2, relay.deliver("warehouse"));
        assertEquals(List.of("SO-2#2", "SO-2#4"), book.delivered);
        assertEquals(1, book.failed.size());
        assertEquals("SO-1#1: java.lang.IllegalStateException: refused SO-1", book.failed.get(0));
    }

    @Test
    void eventsOfUnwantedTypesArePassedOverWithoutACall() {
        transport.reachable.put("finance", Set.of("sample/CONFIRMED"));
        due(1, "finance", "SO-1", "sample/RECEIVED");
        due(2, "finance", "SO-1", "sample/CONFIRMED");

        assertEquals(2, relay.deliver("finance"));
        assertEquals(List.of("SO-1#1"), book.skipped);
        assertEquals(List.of("finance:SO-1:sample/CONFIRMED"), transport.sent);
    }

    @Test
    void aSubscriberThatGoesAwayMidBatchUsesUpNoAttempt() {
        transport.reachable.put("timeline", Set.of("sample/*"));
        transport.failing.add("SO-2");
        due(1, "timeline", "SO-1", "sample/RECEIVED");
        due(2, "timeline", "SO-2", "sample/RECEIVED");
        due(3, "timeline", "SO-3", "sample/RECEIVED");
        transport.goneAfterFailure = true;

        assertEquals(1, relay.deliver("timeline"));
        assertEquals(List.of("SO-1#1"), book.delivered);
        assertEquals(List.of(), book.failed, "the bundle update is not the event's fault");
    }

    @Test
    void anAbsentSubscribersEventsWait() {
        due(1, "production", "SO-1", "sample/CONFIRMED");
        assertEquals(Set.of(), relay.subscribers());
        assertEquals(0, relay.deliver("production"));
        assertEquals(List.of(), book.delivered);
        assertEquals(List.of(), book.failed);
    }

    @Test
    void anEventWhoseSubscriberNeedsAnAbsentDepartmentWaitsWithoutUsingUpAnAttempt() {
        transport.reachable.put("production", Set.of("depot/STOCK_RESERVED", "sample/CANCELLED"));
        transport.needingAnAbsentDepartment.add("SO-1");
        due(1, "production", "SO-1", "depot/STOCK_RESERVED");
        due(2, "production", "SO-2", "sample/CANCELLED");
        due(3, "production", "SO-1", "sample/CANCELLED");

        assertEquals(1, relay.deliver("production"));
        assertEquals(List.of("SO-2#2"), book.delivered, "other orders go on; SO-1 keeps its order");
        assertEquals(List.of(), book.failed, "sales being away is not the event's fault");

        transport.needingAnAbsentDepartment.clear();
        book.due.removeIf(d -> d.position() == 2);
        assertEquals(2, relay.deliver("production"));
        assertEquals(List.of("SO-2#2", "SO-1#1", "SO-1#3"), book.delivered);
    }
}
