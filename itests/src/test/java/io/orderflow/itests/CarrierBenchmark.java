package io.orderflow.itests;

import static io.orderflow.itests.Shipping.line;
import static io.orderflow.itests.Shipping.parcel;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Carriers' webhooks measured in the real distribution (run with {@code -Pbench}, not in CI): signed webhooks to
 * {@code /api/carrier/webhooks/acme}, each durable before its 2xx, next to, in the same run and the same JVM, a bare
 * Jetty handler that reads the same request and makes the gateway's insert by raw JDBC, into a table shaped like
 * {@code CARRIER.RECEIPT} (its replay key and state index) in the same Derby, before answering. It retries a lock
 * conflict as the gateway's store does; it verifies nothing and hands nothing on. The webhooks' events are those of
 * dispatched shipments, and each must end applied. Throughput with 8 clients at full speed, the two sides taking
 * turns, each turn starting with nothing left to apply (how long applying the gateway's burst takes after its last
 * 2xx is reported beside it), the median turn of each side compared; then latency at a paced 200 requests a second.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CarrierBenchmark extends SalesOrderFlowTest {

    private static final int REQUESTS = Integer.getInteger("orderflow.bench.webhooks", 4000);
    private static final int CLIENTS = 8;
    private static final int ROUNDS = Integer.getInteger("orderflow.bench.webhookRounds", 3);
    private static final int PACED_PER_SECOND = 200;
    private static final Duration PACED_FOR = Duration.ofSeconds(15);

    private static final int SHIPMENTS = 20;
    private static final OffsetDateTime EVENTS_FROM = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));

    private final Shipping shipping = new Shipping(http, orders, new WarehouseApi(http));
    /** A client of its own for each phase: a connection left idle while the burst is applied may be closed by then. */
    private HttpClient client;

    @Configuration
    @Override
    public Option[] config() {
        // the test bundle releases shipments as finance would
        return OrderflowKaraf.options(mavenBundle("io.orderflow", "itest-subscriber", System.getProperty("orderflow.version")),
                editConfigurationFilePut("etc/orderflow.routes.carrier.profile-acme.cfg", "carrier", "acme"),
                editConfigurationFilePut("etc/orderflow.routes.carrier.profile-acme.cfg", "secret", CarrierTests.SECRET));
    }

    /** A request to send: the URI and, for the gateway, its signature headers. */
    private record Call(URI uri, byte[] body, Map<String, String> headers) {
    }

    @Test
    public void signedWebhooksNextToABareJettyHandlerInsertingTheSameBytes() throws Exception {
        List<String> tracked = dispatchedShipments();
        prepareBaselineTable();
        Server bare = bareHandler();
        try {
            int bareUri = ((ServerConnector) bare.getConnectors()[0]).getLocalPort();
            URI gateway = URI.create("http://127.0.0.1:" + OrderflowKaraf.httpPort() + "/api/carrier/webhooks/acme");
            URI baseline = URI.create("http://127.0.0.1:" + bareUri + "/webhook");
            AtomicInteger ids = new AtomicInteger();
            // warm both up, a turn each: JIT (the gateway has the longer path to compile), pools, first Derby pages
            run(REQUESTS, () -> call(gateway, baseline, tracked, ids, true));
            run(REQUESTS, () -> call(gateway, baseline, tracked, ids, false));
            drained();

            // what a carrier waits for: the webhook durable before its 2xx; applying it follows, measured apart.
            // The two sides take turns, each turn starting with nothing left to apply; the median turn counts.
            List<Double> gatewayRates = new ArrayList<>();
            List<Double> bareRates = new ArrayList<>();
            List<Long> applyMillis = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                gatewayRates.add(REQUESTS * 1e9 / run(REQUESTS, () -> call(gateway, baseline, tracked, ids, true))
                        .nanos());
                long burstEnd = System.nanoTime();
                applyMillis.add((drained() - burstEnd) / 1_000_000);
                bareRates.add(REQUESTS * 1e9 / run(REQUESTS, () -> call(gateway, baseline, tracked, ids, false))
                        .nanos());
            }
            List<Long> gatewayLatency = paced(() -> call(gateway, baseline, tracked, ids, true));
            drained();
            List<Long> bareLatency = paced(() -> call(gateway, baseline, tracked, ids, false));
            double gatewayRate = median(gatewayRates);
            double bareRate = median(bareRates);
            String report = String.format("Carrier webhook benchmark: %d turns of %d requests of %d clients each"
                            + " side, %d shipments, 2 cores%n"
                            + "  gateway (verify, keep durable, 202):        %8.1f req/s (turns %s); at %d req/s"
                            + " p50 %5.1f ms, p99 %5.1f ms%n"
                            + "  bare Jetty handler (same insert, raw JDBC): %8.1f req/s (turns %s); at %d req/s"
                            + " p50 %5.1f ms, p99 %5.1f ms%n"
                            + "  the gateway reaches %.0f %% of the bare handler's throughput; applying each burst to"
                            + " its shipments took %s ms more after its last 2xx%n",
                    ROUNDS, REQUESTS, CLIENTS, SHIPMENTS, gatewayRate, rounded(gatewayRates), PACED_PER_SECOND,
                    percentile(gatewayLatency, 50), percentile(gatewayLatency, 99), bareRate, rounded(bareRates),
                    PACED_PER_SECOND, percentile(bareLatency, 50), percentile(bareLatency, 99),
                    100 * gatewayRate / bareRate, applyMillis);
            System.out.print(report);
            assertEquals("every webhook applied to its shipment", 0, new Db(dataSource).count(
                    "SELECT COUNT(*) FROM CARRIER.RECEIPT WHERE STATE <> 'APPLIED'"));
            Files.writeString(Path.of(System.getProperty("orderflow.bench.carrierReport",
                    "target/carrier-benchmark.txt")), report);
        } finally {
            bare.stop();
        }
    }

    /** Shipments dispatched with one parcel each: the webhooks' events are theirs. Answers their tracking numbers. */
    private List<String> dispatchedShipments() {
        List<String> tracked = new ArrayList<>();
        for (int s = 0; s < SHIPMENTS; s++) {
            String number = shipping.awaitingShipment("CUST-A", "PO-BENCH-" + s, "WH-SOUTH", 2, "25.00", false);
            String shipment = shipping.create(number, List.of(line(1, 2)), null, Map.of("terms", "COMPANY"))
                    .get("id").asText();
            tracked.add("BENCH-" + s);
            shipping.dispatched(shipment, List.of(parcel("ACME", "BENCH-" + s)));
        }
        return tracked;
    }

    /** Waits until every kept webhook is applied; answers when. */
    private long drained() {
        await("every kept webhook applied").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> new Db(dataSource).count("SELECT COUNT(*) FROM CARRIER.RECEIPT WHERE STATE = 'PENDING'")
                        == 0);
        return System.nanoTime();
    }

    /** One request: to the gateway signed as the carrier would, or to the bare handler as it is. */
    private Call call(URI gateway, URI baseline, List<String> tracked, AtomicInteger ids, boolean toGateway) {
        int i = ids.incrementAndGet();
        byte[] body = Http.json(Map.of("eventId", "bench-" + i, "trackingNumber", tracked.get(i % tracked.size()),
                "code", "in_transit", "time", EVENTS_FROM.plusSeconds(i).toString())).getBytes(StandardCharsets.UTF_8);
        String id = "msg-bench-" + i;
        long timestamp = Instant.now().getEpochSecond();
        return new Call(toGateway ? gateway : baseline, body, Map.of("webhook-id", id, "webhook-timestamp",
                String.valueOf(timestamp), "webhook-signature", CarrierTests.sign(id, timestamp, body,
                        CarrierTests.SECRET)));
    }

    private long send(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        long took = System.nanoTime() - start;
        assertEquals(call.uri().toString(), 202, response.statusCode());
        return took;
    }

    /** What a run took. */
    private record Timed(long nanos) {
    }

    /** {@code count} requests from {@link #CLIENTS} clients as fast as they go. */
    private Timed run(int count, java.util.function.Supplier<Call> calls) throws Exception {
        client = newClient();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger left = new AtomicInteger(count);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    send(calls.get());
                }
                return null;
            }));
        }
        for (Future<?> c : clients) {
            c.get();
        }
        long took = System.nanoTime() - start;
        pool.shutdown();
        return new Timed(took);
    }

    /** Requests at {@link #PACED_PER_SECOND} for {@link #PACED_FOR}, each one's latency. */
    private List<Long> paced(java.util.function.Supplier<Call> calls) throws Exception {
        client = newClient();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Long>> latencies = new ArrayList<>();
        long interval = 1_000_000_000L / PACED_PER_SECOND;
        long start = System.nanoTime();
        long total = PACED_FOR.toSeconds() * PACED_PER_SECOND;
        for (long n = 0; n < total; n++) {
            long due = start + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Call call = calls.get();
            latencies.add(pool.submit(() -> send(call)));
        }
        List<Long> result = new ArrayList<>();
        for (Future<Long> latency : latencies) {
            result.add(latency.get());
        }
        pool.shutdown();
        return result;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static double median(List<Double> rates) {
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> rates) {
        return rates.stream().map(Math::round).toList();
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    /** The gateway's insert as its store makes it: in a transaction of its own, answering the new row's id. */
    private long insert(HttpServletRequest request, String headers, byte[] body) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO BENCH_RECEIPT (CARRIER, EVENT_ID,"
                    + " RECEIVED_AT, CONTENT_TYPE, HEADERS, BODY, STATE) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "acme");
                insert.setString(2, request.getHeader("webhook-id"));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setString(4, request.getContentType());
                insert.setString(5, headers);
                insert.setBytes(6, body);
                insert.setString(7, "PENDING");
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    c.commit();
                    return id;
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The gateway's store's pause before trying a conflicting insert again: a little longer each time, jittered. */
    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextLong(10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted between attempts");
        }
    }

    private void prepareBaselineTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE BENCH_RECEIPT (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " CARRIER VARCHAR(35) NOT NULL, EVENT_ID VARCHAR(200), RECEIVED_AT TIMESTAMP NOT NULL,"
                    + " CONTENT_TYPE VARCHAR(200), HEADERS VARCHAR(4000) NOT NULL, BODY BLOB(2M) NOT NULL,"
                    + " STATE VARCHAR(20) NOT NULL, PROBLEM VARCHAR(2000), EVENTS INT, APPLIED_AT TIMESTAMP,"
                    + " CONSTRAINT BENCH_RECEIPT_REPLAY UNIQUE (CARRIER, EVENT_ID))");
            s.executeUpdate("CREATE INDEX BENCH_RECEIPT_STATE ON BENCH_RECEIPT (STATE, ID)");
        }
    }

    /**
     * The baseline: Jetty on a free loopback port, reading the request and inserting what the gateway keeps of it
     * before it answers 202.
     */
    private Server bareHandler() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                byte[] body = request.getInputStream().readAllBytes();
                String headers = "content-type: " + request.getContentType() + "\nwebhook-id: "
                        + request.getHeader("webhook-id") + "\nwebhook-signature: "
                        + request.getHeader("webhook-signature") + "\nwebhook-timestamp: "
                        + request.getHeader("webhook-timestamp") + "\n";
                long receipt = 0;
                for (int attempt = 1; receipt == 0; attempt++) {
                    try {
                        receipt = insert(request, headers, body);
                    } catch (SQLTransientException conflict) {
                        if (attempt == 5) {
                            throw new IOException(conflict);
                        }
                        pause(attempt);
                    } catch (SQLException e) {
                        throw new IOException(e);
                    }
                }
                response.setStatus(202);
                response.setContentType("application/json");
                response.getOutputStream().write(("{\"receipt\":" + receipt + ",\"replay\":false}")
                        .getBytes(StandardCharsets.UTF_8));
                base.setHandled(true);
            }
        });
        server.start();
        return server;
    }
}
