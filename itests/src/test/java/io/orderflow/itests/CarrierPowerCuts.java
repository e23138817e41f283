package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The third part of {@link DistributionIT}: a carrier's webhooks while the distribution is killed with SIGKILL. Two
 * clients post signed tracking events for one dispatched shipment; the process dies at a random moment and starts
 * again; the carrier then sends again whatever it has not seen a 2xx for, as carriers do. Every webhook answered 2xx
 * is in the shipment's history exactly once, and so is every other one in the end.
 */
final class CarrierPowerCuts {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Map<String, String> USERS = Map.of("ann", "sales-rep", "sam", "sales-assistant",
            "mia", "sales-manager", "lena", "logistics");

    private CarrierPowerCuts() {
    }

    /** Before the first start: the staff who take an order to dispatch, and the carrier {@code acme}. */
    static void prepare(OrderflowProcess orderflow) throws IOException {
        orderflow.addUsers(USERS);
        String profile = "etc/orderflow.routes.carrier.profile-acme.cfg";
        orderflow.setProperty(profile, "carrier", "acme");
        orderflow.setProperty(profile, "secret", CarrierTests.SECRET);
        orderflow.setProperty("etc/orderflow.routes.carrier.gateway.cfg", "applyDelayMillis", "100");
    }

    /** Starts the stopped {@code orderflow}, runs the power cut, and leaves it running. */
    static void killedWhileWebhooksArriveAppliesEachOnce(OrderflowProcess orderflow) throws Exception {
        orderflow.start();
        orderflow.awaitReady(LIMIT);
        Http http = orderflow.http();
        String shipment = dispatchedShipment(http, "CRASH-1");
        int count = Integer.getInteger("orderflow.it.webhooks", 100);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("webhook kill point drawn with seed " + seed);
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService carrier = Executors.newFixedThreadPool(2);
        for (int client = 0; client < 2; client++) {
            carrier.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && sending.get(); i = next.getAndIncrement()) {
                    send(http, i, acknowledged);
                }
            });
        }
        int killAt = count / 4 + random.nextInt(count / 4);
        await("webhooks acknowledged before the kill").atMost(LIMIT).pollInterval(Duration.ofMillis(10))
                .until(() -> acknowledged.size() >= killAt);
        orderflow.kill(LIMIT);
        sending.set(false);
        carrier.shutdown();
        assertTrue(carrier.awaitTermination(60, TimeUnit.SECONDS));
        Set<Integer> beforeKill = Set.copyOf(acknowledged);
        System.out.printf("killed after %d of %d webhooks were acknowledged%n", beforeKill.size(), count);

        orderflow.start();
        orderflow.awaitReady(LIMIT);
        for (int i = 0; i < count; i++) {
            if (!beforeKill.contains(i)) {
                send(http, i, acknowledged); // what got no 2xx is sent again
            }
        }
        assertEquals("every webhook acknowledged in the end", count, acknowledged.size());
        await("every event applied").atMost(LIMIT).pollInterval(Duration.ofMillis(200))
                .until(() -> history(http, shipment).size() >= count);
        Map<String, Integer> times = new HashMap<>();
        history(http, shipment).forEach(id -> times.merge(id, 1, Integer::sum));
        for (int i = 0; i < count; i++) {
            assertEquals("event " + i + (beforeKill.contains(i) ? ", acknowledged before the kill," : "")
                    + " applied once", Integer.valueOf(1), times.get("evt-" + i));
        }
        assertEquals(count, times.size());
    }

    /** An order of customer B entered, reviewed, reserved, shipped and dispatched with tracking number {@code tracking}. */
    private static String dispatchedShipment(Http http, String tracking) {
        Map<String, Object> draft = Orders.order("CUST-B", "PO-CARRIER-CRASH", "DESK-LAMP", 10, "60.00");
        Http.Reply created = http.post("/sales-order/orders", Http.json(draft), "ann", password("ann"));
        assertEquals(created.body(), 201, created.status());
        String number = created.json().get("number").asText();
        decide(http, "sam", number, "sales-assistant");
        decide(http, "mia", number, "sales-manager");
        await(number + " awaiting shipment").atMost(LIMIT).until(() -> "AWAITING_SHIPMENT".equals(
                http.get("/sales-order/orders/" + number, "ann", password("ann")).json().get("status").asText()));
        Http.Reply shipment = http.post("/logistics/shipments", Http.json(Map.of("orderNumber", number,
                "lines", List.of(Map.of("lineNo", 1, "quantity", 10)), "freight", Map.of("terms", "COMPANY"))),
                "lena", password("lena"));
        assertEquals(shipment.body(), 201, shipment.status());
        String id = shipment.json().get("id").asText();
        Http.Reply dispatched = http.post("/logistics/shipments/" + id + "/dispatch", Http.json(Map.of("packages",
                List.of(Map.of("carrier", "ACME", "trackingNumber", tracking)))), "lena", password("lena"));
        assertEquals(dispatched.body(), 200, dispatched.status());
        return id;
    }

    private static void decide(Http http, String user, String number, String role) {
        Http.Reply decided = http.post("/sales-order/orders/" + number + "/decisions", Http.json(Map.of("decision",
                "APPROVE", "role", role, "remark", "checked for the power cut")), user, password(user));
        assertEquals(decided.body(), 200, decided.status());
    }

    /** Event {@code i}: its own id and minute, so that each is a distinct step of the package's way. */
    private static void send(Http http, int i, Set<Integer> acknowledged) {
        String body = Http.json(Map.of("eventId", "evt-" + i, "trackingNumber", "CRASH-1", "code", "in_transit",
                "time", OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).plusMinutes(i).toString()));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String id = "msg-" + i;
        long timestamp = Instant.now().getEpochSecond();
        try {
            Http.Reply reply = http.send("POST", "/carrier/webhooks/acme", "application/json", bytes, false, null, null,
                    Map.of("webhook-id", id, "webhook-timestamp", String.valueOf(timestamp), "webhook-signature",
                            CarrierTests.sign(id, timestamp, bytes, CarrierTests.SECRET)));
            if (reply.status() / 100 == 2) {
                acknowledged.add(i);
            }
        } catch (IllegalStateException killed) {
            // the server is gone: without a 2xx the carrier sends it again later
        }
    }

    /** The carrier's event ids in the shipment's history, as often as each is there. */
    private static List<String> history(Http http, String shipment) {
        JsonNode tracking = http.get("/logistics/shipments/" + shipment + "/tracking", "lena", password("lena")).json();
        List<String> ids = new ArrayList<>();
        tracking.get("history").forEach(event -> ids.add(event.get("providerEventId").asText()));
        return ids;
    }

    private static String password(String user) {
        return OrderflowProcess.password(user);
    }
}
