package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.salesorder.api.event.OrderReceived;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The event backbone in the real distribution: the relay delivers every committed event exactly once to every
 * subscriber that wants it, through stopped bundles, bundle updates, poison events and replays.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EventBackboneTests {

    private static final String SUBSCRIBER_BSN = "io.orderflow.itest.subscriber";
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    @Inject
    @Filter("(osgi.jndi.service.name=orderflow)")
    private DataSource dataSource;

    @Inject
    private EventOutbox outbox;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private BundleContext context;

    private final Http http = new Http(OrderflowKaraf.httpPort());

    @Configuration
    public Option[] config() {
        return EventsContainerIT.options();
    }

    @Before
    public void healthy() {
        ContainerHealth.await(http);
    }

    private Db db() {
        return new Db(dataSource);
    }

    private String admin() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.data"), "orderflow",
                "initial-admin-password")).strip();
    }

    /**
     * Each bundle's {@value EventSubscriber#MANIFEST_HEADER} header names exactly the subscribers it registers, so
     * that the events of a stopped bundle are kept for the right ids: a subscriber missing from its header would lose
     * its events while the bundle is away, an id listed but not registered would keep events forever.
     */
    @Test
    public void everyBundleDeclaresTheSubscribersItRegisters() throws Exception {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> registered = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            String header = bundle.getHeaders().get(EventSubscriber.MANIFEST_HEADER);
            if (header != null) {
                declared.put(bundle.getSymbolicName(), new TreeSet<>(
                        List.of(header.trim().split("\\s*,\\s*"))));
            }
        }
        for (ServiceReference<EventSubscriber> reference : context.getServiceReferences(EventSubscriber.class, null)) {
            String bundle = reference.getBundle().getSymbolicName();
            if (!bundle.startsWith("io.orderflow.")) {
                continue; // a test's own subscriber, registered from the probe
            }
            EventSubscriber subscriber = context.getService(reference);
            try {
                registered.computeIfAbsent(bundle, b -> new TreeSet<>()).add(subscriber.subscriberId());
            } finally {
                context.ungetService(reference);
            }
        }
        assertTrue("the departments and the test bundle declare subscribers: " + declared, declared.size() >= 4);
        assertEquals(declared, registered);
    }

    /** Creates {@code count} orders over HTTP from four clients; returns their numbers. */
    private List<String> createOrders(String poPrefix, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String po = poPrefix + "-" + i;
                numbers.add(clients.submit(() -> {
                    Http.Reply reply = http.post("/sales-order/orders", Http.json(Orders.ledLamps(po)), "ann",
                            OrderflowKaraf.password("ann"));
                    assertEquals(reply.body(), 201, reply.status());
                    return reply.json().get("number").asText();
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> number : numbers) {
                result.add(number.get());
            }
            return result;
        } finally {
            clients.shutdownNow();
        }
    }

    /** Waits until each order's RECEIVED event has been applied exactly once by both subscribers. */
    private void awaitAppliedExactlyOnce(List<String> numbers) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).until(() -> appliedByBoth(numbers) == numbers.size());
        for (String number : numbers) {
            assertEquals(number, 1, db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE AGGREGATE_ID = ?", number));
            assertEquals(number, 1, db().count("SELECT COUNT(*) FROM SALES_ORDER.ORDER_TIMELINE WHERE ORDER_NO = ?", number));
        }
    }

    private long appliedByBoth(List<String> numbers) {
        String in = "('" + String.join("','", numbers) + "')";
        return Math.min(db().count("SELECT COUNT(DISTINCT AGGREGATE_ID) FROM ITEST.EFFECT WHERE AGGREGATE_ID IN " + in),
                db().count("SELECT COUNT(DISTINCT ORDER_NO) FROM SALES_ORDER.ORDER_TIMELINE WHERE ORDER_NO IN " + in));
    }

    private Bundle subscriberBundle() {
        for (Bundle b : context.getBundles()) {
            if (SUBSCRIBER_BSN.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("the test subscriber bundle is not installed");
    }

    /** A fresh copy of the subscriber's jar, as an operator would hand it to bundle:update. */
    private InputStream newJar() throws Exception {
        return new URL(subscriberBundle().getLocation()).openStream();
    }

    private JsonNode subscriberStatus(String id) throws Exception {
        for (JsonNode s : http.get("/platform/events/subscribers", "admin", admin()).json()) {
            if (id.equals(s.get("subscriber").asText())) {
                return s;
            }
        }
        throw new AssertionError("no subscriber " + id + " in /events/subscribers");
    }

    @Test
    public void manyOrdersAreAppliedExactlyOnceByEverySubscriber() throws Exception {
        List<String> numbers = createOrders("PO-MANY", Integer.getInteger("orderflow.it.orders", 200));
        awaitAppliedExactlyOnce(numbers);

        JsonNode timeline = http.get("/sales-order/orders/" + numbers.get(0) + "/timeline", "bob",
                OrderflowKaraf.password("bob")).json();
        assertEquals(1, timeline.size());
        assertEquals(OrderReceived.TYPE, timeline.get(0).get("type").asText());
        assertContains(timeline.get(0).get("summary").asText(), "Received via REST from CUST-A");
        JsonNode counting = subscriberStatus("itest.counting");
        assertEquals(SUBSCRIBER_BSN, counting.get("bundle").asText());
        assertTrue(counting.get("delivered").asLong() >= numbers.size());
        assertContains(new Shell(sessionFactory).run("admin", admin(), "orderflow:events"), "sales-order.timeline");
    }

    @Test
    public void aStoppedSubscriberReceivesItsEventsAfterABundleUpdate() throws Exception {
        Bundle subscriber = subscriberBundle();
        subscriber.stop();
        // and one expected by configuration only, which has never run here
        org.osgi.service.cm.Configuration expected = configAdmin.getConfiguration("orderflow.platform.subscribers", "?");
        expected.update(new Hashtable<>(Map.of("expectedSubscribers", new String[] {"itest.late"})));
        // the configuration reaches the platform asynchronously: events appended before it would not be kept for it
        await("itest.late expected").atMost(DELIVERY).ignoreExceptions()
                .until(() -> subscriberStatus("itest.late") != null);
        List<String> numbers;
        try {
            numbers = createOrders("PO-AWAY", 20);
            await().atMost(DELIVERY).until(() -> db().count("SELECT COUNT(*) FROM SALES_ORDER.ORDER_TIMELINE"
                    + " WHERE ORDER_NO IN ('" + String.join("','", numbers) + "')") == numbers.size());
            assertEquals(0, db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE AGGREGATE_ID IN ('"
                    + String.join("','", numbers) + "')"));
            JsonNode away = subscriberStatus("itest.counting");
            assertEquals(false, away.get("live").asBoolean());
            assertTrue(away.toString(), away.get("pending").asLong() >= numbers.size());
            JsonNode late = subscriberStatus("itest.late");
            assertEquals("(configured)", late.get("bundle").asText());
            assertTrue(late.toString(), late.get("pending").asLong() >= numbers.size());
            try (InputStream jar = newJar()) {
                subscriber.update(jar);
            }
        } finally {
            subscriber.start();
            expected.delete();
        }
        awaitAppliedExactlyOnce(numbers);
    }

    @Test
    public void threeUpdatesInARowWhileOrdersFlowLoseNothing() throws Exception {
        int atLeast = Integer.getInteger("orderflow.it.redeployOrders", 100);
        AtomicBoolean updatesDone = new AtomicBoolean();
        AtomicInteger ordered = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        // one client keeps ordering until the three updates are over and enough orders exist
        Future<List<String>> numbers = writer.submit(() -> {
            List<String> created = new ArrayList<>();
            while (!updatesDone.get() || created.size() < atLeast) {
                created.addAll(createOrders("PO-REDEPLOY-" + created.size(), 1));
                ordered.set(created.size());
            }
            return created;
        });
        try {
            Bundle subscriber = subscriberBundle();
            for (int update = 0; update < 3; update++) {
                // a few orders go in before each update, so that every update meets events in flight
                int before = ordered.get();
                await().atMost(DELIVERY).until(() -> ordered.get() >= before + 3 || numbers.isDone());
                assertTrue("orders are flowing during update " + (update + 1), !numbers.isDone());
                try (InputStream jar = newJar()) {
                    subscriber.update(jar);
                }
            }
            updatesDone.set(true);
            awaitAppliedExactlyOnce(numbers.get());
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    public void aRolledBackChangeLeavesNoEventToDeliver() throws Exception {
        DomainEvent event = DomainEvent.of("itest/ROLLED_BACK", "RB-1", Instant.now(), Map.of());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            outbox.append(c, event);
            c.rollback();
        }
        DomainEvent marker = appendCommitted("itest/STEP", "RB-2", 1);
        await().atMost(DELIVERY).until(() -> db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE EVENT_ID = ?",
                marker.id().toString()) == 1);
        assertEquals(0, db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE AGGREGATE_ID = 'RB-1'"));
        assertEquals(0, db().count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE EVENT_ID = ?", event.id().toString()));
    }

    private DomainEvent appendCommitted(String type, String aggregate, int step) throws Exception {
        DomainEvent event = DomainEvent.of(type, aggregate, Instant.now(), Map.of("step", step));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            outbox.append(c, event);
            c.commit();
        }
        return event;
    }

    @Test
    public void aPoisonEventIsParkedWhileOtherAggregatesFlowAndAReplayAppliesItOnce() throws Exception {
        configureFailures("POISON-1");
        try {
            List<DomainEvent> poisoned = new ArrayList<>();
            for (int step = 1; step <= 3; step++) {
                poisoned.add(appendCommitted("itest/STEP", "POISON-1", step));
                appendCommitted("itest/STEP", "HEALTHY-1", step);
            }
            await().atMost(DELIVERY).until(() -> db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE AGGREGATE_ID = 'HEALTHY-1'") == 3);
            await().atMost(DELIVERY).until(() -> http.get("/platform/events/parked", "admin", admin()).json().size() == 1);

            JsonNode parked = http.get("/platform/events/parked", "admin", admin()).json().get(0);
            assertEquals(poisoned.get(0).id().toString(), parked.get("eventId").asText());
            assertEquals("itest.counting", parked.get("subscriber").asText());
            assertEquals(3, parked.get("attempts").asInt());
            assertContains(parked.get("error").asText(), "configured to fail for POISON-1");
            assertEquals("the later events of the aggregate wait", 0,
                    db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE AGGREGATE_ID = 'POISON-1'"));
            JsonNode status = subscriberStatus("itest.counting");
            assertEquals(1, status.get("parked").asLong());
            assertTrue(status.get("pending").asLong() >= 2);
            assertContains(new Shell(sessionFactory).run("admin", admin(), "orderflow:events-parked"), "POISON-1");

            configureFailures();
            Http.Reply replay = http.post("/platform/events/parked/" + parked.get("eventId").asText() + "/replay", "",
                    "admin", admin());
            assertEquals(replay.body(), 200, replay.status());
            assertEquals(1, replay.json().get("replayed").asInt());
            JsonNode audited = http.get("/platform/audit?subject=" + parked.get("eventId").asText(), "admin", admin()).json();
            assertEquals("EVENTS_REPLAYED", audited.get(0).get("action").asText());
            assertEquals("admin", audited.get(0).get("actor").asText());
            await().atMost(DELIVERY).until(() -> db().count("SELECT COUNT(*) FROM ITEST.EFFECT WHERE AGGREGATE_ID = 'POISON-1'") == 3);
            assertEquals("applied in write order", poisoned.stream().map(e -> e.id().toString()).toList(), effectsOf("POISON-1"));
            assertEquals(0, http.get("/platform/events/parked", "admin", admin()).json().size());
        } finally {
            configureFailures();
        }
    }

    private List<String> effectsOf(String aggregate) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("SELECT EVENT_ID FROM ITEST.EFFECT WHERE AGGREGATE_ID = ? ORDER BY POSITION")) {
            ps.setString(1, aggregate);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Makes the test subscriber fail for these aggregates, and waits until its restarted service says so. */
    private void configureFailures(String... aggregates) throws Exception {
        org.osgi.service.cm.Configuration configuration = configAdmin.getConfiguration("orderflow.itest.subscriber", "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("failAggregates", aggregates);
        configuration.update(properties);
        List<String> expected = List.of(aggregates);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ServiceReference<EventSubscriber> ref : context.getServiceReferences(EventSubscriber.class, null)) {
                if (ref.getBundle() == subscriberBundle() && ref.getProperty("failAggregates") instanceof String[] live) {
                    return List.of(live).equals(expected);
                }
            }
            return false;
        });
    }
}
