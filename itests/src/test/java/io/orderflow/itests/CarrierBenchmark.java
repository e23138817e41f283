package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Jetty handler that reads the body and inserts it by raw JDBC into the same Derby before answering. Throughput with
 * 8 clients at full speed, each side starting with nothing left to apply (how long applying the gateway's burst takes
 * after its last 2xx is reported beside it), then latency at a paced 200 requests per second.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CarrierBenchmark extends SalesOrderFlowTest {

    private static final int REQUESTS = Integer.getInteger("orderflow.bench.webhooks", 4000);
    private static final int CLIENTS = 8;
    private static final int PACED_PER_SECOND = 200;
    private static final Duration PACED_FOR = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    @Override
    public Option[] config() {
        return OrderflowKaraf.options(
                editConfigurationFilePut("etc/orderflow.routes.carrier.profile-acme.cfg", "carrier", "acme"),
                editConfigurationFilePut("etc/orderflow.routes.carrier.profile-acme.cfg", "secret", CarrierTests.SECRET));
    }

    /** A request to send: the URI and, for the gateway, its signature headers. */
    private record Call(URI uri, byte[] body, Map<String, String> headers) {
    }

    @Test
    public void signedWebhooksNextToABareJettyHandlerInsertingTheSameBytes() throws Exception {
        prepareBaselineTable();
        Server bare = bareHandler();
        try {
            int bareUri = ((ServerConnector) bare.getConnectors()[0]).getLocalPort();
            URI gateway = URI.create("http://127.0.0.1:" + OrderflowKaraf.httpPort() + "/api/carrier/webhooks/acme");
            URI baseline = URI.create("http://127.0.0.1:" + bareUri + "/webhook");
            AtomicInteger ids = new AtomicInteger();
            // warm both up: JIT, connection pools, first Derby pages
            run(REQUESTS / 4, () -> call(gateway, baseline, ids, true));
            run(REQUESTS / 4, () -> call(gateway, baseline, ids, false));
            drained();

            // what a carrier waits for: the webhook durable before its 2xx; applying it follows, measured apart
            long gatewayNanos = run(REQUESTS, () -> call(gateway, baseline, ids, true)).nanos();
            long burstEnd = System.nanoTime();
            long applyNanos = drained() - burstEnd;
            long bareNanos = run(REQUESTS, () -> call(gateway, baseline, ids, false)).nanos();
            List<Long> gatewayLatency = paced(() -> call(gateway, baseline, ids, true));
            drained();
            List<Long> bareLatency = paced(() -> call(gateway, baseline, ids, false));
            double gatewayRate = REQUESTS * 1e9 / gatewayNanos;
            double bareRate = REQUESTS * 1e9 / bareNanos;
            String report = String.format("Carrier webhook benchmark: %d requests of %d clients, 2 cores%n"
                            + "  gateway (verify, keep durable, 202):        %8.1f req/s; at %d req/s p50 %5.1f ms,"
                            + " p99 %5.1f ms%n"
                            + "  bare Jetty handler (raw JDBC insert, 202):  %8.1f req/s; at %d req/s p50 %5.1f ms,"
                            + " p99 %5.1f ms%n"
                            + "  the gateway reaches %.0f %% of the bare handler's throughput; applying the burst to"
                            + " shipments took %d ms more after its last 2xx%n",
                    REQUESTS, CLIENTS, gatewayRate, PACED_PER_SECOND, percentile(gatewayLatency, 50),
                    percentile(gatewayLatency, 99), bareRate, PACED_PER_SECOND, percentile(bareLatency, 50),
                    percentile(bareLatency, 99), 100 * gatewayRate / bareRate, Math.max(0, applyNanos) / 1_000_000);
            System.out.print(report);
            Files.writeString(Path.of(System.getProperty("orderflow.bench.carrierReport",
                    "target/carrier-benchmark.txt")), report);
        } finally {
            bare.stop();
        }
    }

    /** Waits until every kept webhook is applied; answers when. */
    private long drained() {
        await("every kept webhook applied").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> new Db(dataSource).count("SELECT COUNT(*) FROM CARRIER.RECEIPT WHERE STATE = 'PENDING'")
                        == 0);
        return System.nanoTime();
    }

    /** One request: to the gateway signed as the carrier would, or to the bare handler as it is. */
    private Call call(URI gateway, URI baseline, AtomicInteger ids, boolean toGateway) {
        int i = ids.incrementAndGet();
        byte[] body = Http.json(Map.of("eventId", "bench-" + i, "trackingNumber", "BENCH-" + (i % 50), "code",
                "in_transit", "time", "2026-12-01T08:00:00+08:00")).getBytes(StandardCharsets.UTF_8);
        if (!toGateway) {
            return new Call(baseline, body, Map.of());
        }
        String id = "msg-bench-" + i;
        long timestamp = Instant.now().getEpochSecond();
        return new Call(gateway, body, Map.of("webhook-id", id, "webhook-timestamp", String.valueOf(timestamp),
                "webhook-signature", CarrierTests.sign(id, timestamp, body, CarrierTests.SECRET)));
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

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    private void prepareBaselineTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE BENCH_RAW_WEBHOOK (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " RECEIVED_AT TIMESTAMP NOT NULL, BODY BLOB(2M) NOT NULL)");
        }
    }

    /** The baseline: Jetty on a free loopback port, reading the body and inserting it before it answers 202. */
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
                try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO BENCH_RAW_WEBHOOK (RECEIVED_AT, BODY) VALUES (CURRENT_TIMESTAMP, ?)")) {
                    insert.setBytes(1, body);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IOException(e);
                }
                response.setStatus(202);
                base.setHandled(true);
            }
        });
        server.start();
        return server;
    }
}
