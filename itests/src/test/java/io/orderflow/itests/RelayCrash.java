package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.salesorder.api.event.OrderReceived;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The second part of {@link DistributionIT}: the distribution, ingesting orders, is killed with SIGKILL at random
 * moments. After each restart every order that was committed — at least every one acknowledged with 201 — has its
 * RECEIVED event on its timeline exactly once. Derby runs with its default durability.
 */
final class RelayCrash {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private RelayCrash() {
    }

    /** Runs on the running {@code orderflow} and leaves it running. */
    static void killedWhileIngestingLosesAndDuplicatesNothing(OrderflowProcess orderflow, String password)
            throws Exception {
        int cycles = Integer.getInteger("orderflow.it.killCycles", 2);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("kill moments drawn with seed " + seed);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger po = new AtomicInteger();
        Http http = orderflow.http();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            AtomicBoolean ingesting = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (int client = 0; client < 2; client++) {
                clients.submit(() -> ingest(http, password, po, acknowledged, ingesting));
            }
            long killAfter = 1000 + random.nextInt(2500);
            Thread.sleep(killAfter);
            orderflow.kill(LIMIT);
            ingesting.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));

            long restarted = System.nanoTime();
            orderflow.start();
            orderflow.awaitReady(LIMIT);
            int orders = verifyTimelines(http, password, acknowledged);
            System.out.printf("cycle %d: killed after %d ms, %d orders acknowledged so far, %d committed; restart"
                    + " and catch-up took %d ms%n", cycle, killAfter, acknowledged.size(), orders,
                    (System.nanoTime() - restarted) / 1_000_000);
        }
    }

    private static void ingest(Http http, String password, AtomicInteger po, Set<String> acknowledged, AtomicBoolean on) {
        while (on.get()) {
            try {
                Http.Reply reply = http.post("/sales-order/orders", Http.json(Orders.ledLamps("PO-CRASH-" + po.incrementAndGet())),
                        "admin", password);
                if (reply.status() == 201) {
                    acknowledged.add(reply.json().get("number").asText());
                }
            } catch (IllegalStateException killed) {
                return; // the server is gone: what was not acknowledged may or may not have been committed
            }
        }
    }

    /** Waits for the relay to catch up, then checks every order's timeline; returns the number of orders. */
    private static int verifyTimelines(Http http, String password, Set<String> acknowledged) {
        await("the relay catches up").atMost(LIMIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingForTimeline(http, password) == 0);
        List<String> committed = allOrders(http, password);
        assertTrue("every acknowledged order is there", new HashSet<>(committed).containsAll(acknowledged));
        for (String number : committed) {
            JsonNode timeline = http.get("/sales-order/orders/" + number + "/timeline", "admin", password).json();
            assertEquals(number + ": " + timeline, 1, timeline.size());
            assertEquals(OrderReceived.TYPE, timeline.get(0).get("type").asText());
        }
        return committed.size();
    }

    private static long pendingForTimeline(Http http, String password) {
        for (JsonNode s : http.get("/platform/events/subscribers", "admin", password).json()) {
            if ("sales-order.timeline".equals(s.get("subscriber").asText())) {
                assertEquals("nothing parked", 0, s.get("parked").asLong());
                return s.get("pending").asLong();
            }
        }
        throw new AssertionError("the timeline subscriber is missing");
    }

    private static List<String> allOrders(Http http, String password) {
        List<String> numbers = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode reply = http.get("/sales-order/orders?size=200&page=" + page, "admin", password).json();
            reply.get("items").forEach(o -> numbers.add(o.get("number").asText()));
            if ((long) (page + 1) * 200 >= reply.get("total").asLong()) {
                return numbers;
            }
        }
    }
}
