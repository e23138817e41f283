package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.salesorder.api.event.OrderReceived;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The second part of {@link DistributionIT}: power cuts. The distribution, taking REST orders from two clients and a
 * pile of 850 files at once, is killed with SIGKILL at random moments and started again. After each restart every
 * REST order that was committed — at least every one acknowledged with 201 — has its RECEIVED event on its timeline
 * exactly once. In the end every interchange has given exactly one order and exactly one 997, every file is in
 * processed/, and nothing was refused. Derby runs with its default durability.
 */
final class PowerCuts {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Pattern ACKNOWLEDGED_GROUP = Pattern.compile("AK1\\*PO\\*(\\d+)~");
    /** Whose orders the REST clients enter ({@link Orders#ledLamps}). */
    private static final String REST_CUSTOMER = "CUST-A";
    /** The demo partner's customer. */
    private static final String EDI_CUSTOMER = "CUST-E";

    private PowerCuts() {
    }

    /** Before the first start: the gateway polls quickly. */
    static void prepare(OrderflowProcess orderflow) throws IOException {
        orderflow.setProperty("etc/orderflow.routes.edi.gateway.cfg", "pollDelayMillis", "200");
        orderflow.setProperty("etc/orderflow.routes.edi.gateway.cfg", "readLockCheckMillis", "200");
    }

    /** Runs on the running {@code orderflow}, which has taken no EDI file yet, and stops it. */
    static void killedWhileTakingOrdersAndFilesLosesAndDuplicatesNothing(OrderflowProcess orderflow, String password)
            throws Exception {
        int files = Integer.getInteger("orderflow.it.ediFiles", 200);
        int cycles = Integer.getInteger("orderflow.it.killCycles", 2);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("kill points drawn with seed " + seed);
        Http http = orderflow.http();
        Path demo = orderflow.home().resolve("data/edi/demo");
        await("the demo partner's folders").atMost(LIMIT).until(() -> Files.isDirectory(demo.resolve("in")));
        long ediOrdersBefore = ediCustomersOrders(http, password);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger po = new AtomicInteger();
        Path processed = demo.resolve("processed");
        int batch = files / cycles;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            // each cycle drops its share of the pile: the one before may have finished its own after the restart
            for (int i = (cycle - 1) * batch + 1; i <= (cycle == cycles ? files : cycle * batch); i++) {
                drop(demo.resolve("in"), i);
            }
            AtomicBoolean ingesting = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (int client = 0; client < 2; client++) {
                clients.submit(() -> ingest(http, password, po, acknowledged, ingesting));
            }
            // killed once a random number of this share's files is through, within its first half, and REST orders
            // have come in during this cycle too
            long target = count(processed) + 1 + random.nextInt(Math.max(1, batch / 2));
            int acknowledgedBefore = acknowledged.size();
            await("files taken and orders acknowledged before kill " + cycle).atMost(LIMIT)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> count(processed) >= target && acknowledged.size() > acknowledgedBefore);
            orderflow.kill(LIMIT);
            ingesting.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            System.out.printf("cycle %d: killed after %d of %d files were taken and %d REST orders acknowledged%n",
                    cycle, count(processed), files, acknowledged.size());

            long restarted = System.nanoTime();
            orderflow.start();
            orderflow.awaitReady(LIMIT);
            int orders = verifyTimelines(http, password, acknowledged);
            System.out.printf("cycle %d: %d REST orders committed; restart and catch-up took %d ms%n", cycle, orders,
                    (System.nanoTime() - restarted) / 1_000_000);
        }
        await("every file taken").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(demo.resolve("in")) == 0);

        assertEquals("every file in processed/, none refused", files, count(processed));
        assertEquals(0, count(demo.resolve("rejected")));
        assertEachGroupAcknowledgedOnce(demo.resolve("out"), files);
        assertEachInterchangeGaveOneOrder(http, password, files, ediOrdersBefore);
        orderflow.stop(LIMIT);
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

    /**
     * Waits for the relay to catch up, then checks the timeline of every order of the REST customer; returns the
     * number of its orders.
     */
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
            JsonNode reply = http.get("/sales-order/orders?size=200&customer=" + REST_CUSTOMER + "&page=" + page,
                    "admin", password).json();
            reply.get("items").forEach(o -> numbers.add(o.get("number").asText()));
            if ((long) (page + 1) * 200 >= reply.get("total").asLong()) {
                return numbers;
            }
        }
    }

    /** One interchange per file, control number i, group i, one 850 for PO CRASH-i. */
    private static void drop(Path in, int i) throws IOException {
        String control = String.format("%09d", i);
        String interchange = EdiTests.x12(control, "DEMOPARTNER", "ORDERFLOW", i,
                EdiTests.x12Order("0001", "CRASH-" + i, "PO1*1*1*EA*25**VP*LED-LAMP~"));
        Path part = in.resolve("po-" + i + ".x12.part");
        Files.writeString(part, interchange, StandardCharsets.ISO_8859_1);
        Files.move(part, in.resolve("po-" + i + ".x12"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void assertEachGroupAcknowledgedOnce(Path out, int files) throws IOException {
        Map<Integer, Integer> acknowledgements = new HashMap<>();
        try (Stream<Path> written = Files.list(out)) {
            for (Path file : written.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Matcher group = ACKNOWLEDGED_GROUP.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (group.find()) {
                    acknowledgements.merge(Integer.parseInt(group.group(1)), 1, Integer::sum);
                }
            }
        }
        assertEquals("a 997 for each interchange", files, acknowledgements.size());
        acknowledgements.forEach((group, times) -> assertEquals("997s for group " + group, 1, (int) times));
    }

    private static void assertEachInterchangeGaveOneOrder(Http http, String password, int files, long ordersBefore) {
        JsonNode counts = http.get("/edi/counts", "admin", password).json().get(0);
        assertEquals(counts.toString(), "demo", counts.get("partner").asText());
        assertEquals("one ledger document per file, also when it was taken again after a kill", files,
                counts.get("filesIn").asLong());
        assertEquals(files, counts.get("processed").asLong());
        assertEquals("one order per interchange, none twice", ordersBefore + files, ediCustomersOrders(http, password));
        Set<String> numbers = new HashSet<>();
        for (JsonNode interchange : http.get("/edi/interchanges?partner=demo&direction=IN&limit=500", "admin",
                password).json()) {
            assertEquals(interchange.toString(), "ACKNOWLEDGED", interchange.get("state").asText());
            assertEquals(interchange.toString(), 1, interchange.get("orders").size());
            assertEquals(interchange.toString(), 0, interchange.get("duplicates").asInt());
            assertTrue(interchange.toString(), numbers.add(interchange.get("orders").get(0).asText()));
        }
        assertEquals(Math.min(files, 500), numbers.size());
    }

    /** The orders of the demo partner's customer: REST orders in these tests are another customer's. */
    private static long ediCustomersOrders(Http http, String password) {
        return http.get("/sales-order/orders?size=1&customer=" + EDI_CUSTOMER, "admin", password).json().get("total")
                .asLong();
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> found = Files.list(folder)) {
            return found.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }
}
