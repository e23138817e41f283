package io.orderflow.itests;

import static org.awaitility.Awaitility.await;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventSubscriber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The relay measured in the real distribution (run with {@code -Pbench}, not in CI): throughput to three subscribers
 * and latency with nothing queued, next to a bare Camel seda hand-off of the same events in the same run. Each relay
 * subscriber does what a real one does: it records the event as applied in its own transaction on Derby.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RelayBenchmark {

    private static final int SUBSCRIBERS = 3;
    private static final int EVENTS = Integer.getInteger("orderflow.bench.events", 3000);
    private static final int LATENCY_SAMPLES = Integer.getInteger("orderflow.bench.latencySamples", 300);

    @Inject
    @Filter("(osgi.jndi.service.name=orderflow)")
    private DataSource dataSource;

    @Inject
    private EventOutbox outbox;

    @Inject
    private AppliedEvents applied;

    @Inject
    private BundleContext context;

    /** Event id → nanoTime when the last of the three subscribers got it. */
    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();
    private final Map<String, Integer> receivers = new ConcurrentHashMap<>();

    @Configuration
    public Option[] config() {
        return OrderflowKaraf.options();
    }

    private final class BenchSubscriber implements EventSubscriber {
        private final String id;

        BenchSubscriber(String id) {
            this.id = id;
        }

        @Override
        public String subscriberId() {
            return id;
        }

        @Override
        public Set<String> eventTypes() {
            return Set.of("bench/*");
        }

        @Override
        public void onEvent(DomainEvent event) throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                applied.markApplied(c, "BENCH", id, event.id());
                c.commit();
            }
            arrived(event.id().toString());
        }
    }

    private void arrived(String eventId) {
        long now = System.nanoTime();
        received.computeIfAbsent(eventId, k -> new AtomicLong()).set(now);
        receivers.merge(eventId, 1, Integer::sum);
    }

    private boolean allArrived(List<String> ids) {
        for (String id : ids) {
            if (receivers.getOrDefault(id, 0) < SUBSCRIBERS) {
                return false;
            }
        }
        return true;
    }

    @Test
    public void relayAgainstABareSedaHandOff() throws Exception {
        ContainerHealth.await(new Http(OrderflowKaraf.httpPort()));
        applied.prepare("BENCH");
        List<ServiceRegistration<EventSubscriber>> registrations = new ArrayList<>();
        for (int i = 1; i <= SUBSCRIBERS; i++) {
            registrations.add(context.registerService(EventSubscriber.class, new BenchSubscriber("bench." + i), null));
        }
        StringBuilder report = new StringBuilder();
        try {
            report.append(relayThroughput()).append(relayLatency());
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
        }
        received.clear();
        receivers.clear();
        report.append(sedaBaseline());
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("orderflow.bench.report", "target/relay-benchmark.txt")), report);
    }

    /** Stops the relay, writes the events, starts it and times how long it takes to hand them all out. */
    private String relayThroughput() throws Exception {
        Bundle relay = bundle("io.orderflow.routes.internal");
        relay.stop();
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < EVENTS; i++) {
                DomainEvent event = DomainEvent.of("bench/THROUGHPUT", "AGG-" + (i % 100), Instant.now(), Map.of("i", i));
                outbox.append(c, event);
                ids.add(event.id().toString());
                if (i % 100 == 99) {
                    c.commit();
                }
            }
            c.commit();
        }
        long start = System.nanoTime();
        relay.start();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(() -> allArrived(ids));
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("relay throughput: %d events x %d subscribers in %.2f s = %.0f deliveries/s (%.0f events/s)%n",
                EVENTS, SUBSCRIBERS, seconds, EVENTS * SUBSCRIBERS / seconds, EVENTS / seconds);
    }

    /** One event at a time, nothing queued: from its commit until the last subscriber has applied it. */
    private String relayLatency() throws Exception {
        long[] latencies = new long[LATENCY_SAMPLES];
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            DomainEvent event = DomainEvent.of("bench/LATENCY", "LAT-" + i, Instant.now(), Map.of());
            String id = event.id().toString();
            long committed;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                outbox.append(c, event);
                c.commit();
                committed = System.nanoTime();
            }
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1)).until(() -> allArrived(List.of(id)));
            latencies[i] = received.get(id).get() - committed;
            Thread.sleep(20);
        }
        return "relay latency (commit to applied by all three): " + percentiles(latencies) + "\n";
    }

    /** The same hand-off with nothing but Camel: a seda queue multicast to three consumers. */
    private String sedaBaseline() throws Exception {
        // the same kind of context as the relay's; a plain DefaultCamelContext finds no languages under OSGi
        OsgiDefaultCamelContext camel = new OsgiDefaultCamelContext(context);
        camel.start();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:bench?size=" + (EVENTS + 10)).multicast().to("direct:s1", "direct:s2", "direct:s3");
                for (int i = 1; i <= SUBSCRIBERS; i++) {
                    from("direct:s" + i).process(e -> arrived(e.getMessage().getBody(DomainEvent.class).id().toString()));
                }
            }
        });
        try {
            ProducerTemplate producer = camel.createProducerTemplate();
            List<DomainEvent> events = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                events.add(DomainEvent.of("bench/THROUGHPUT", "AGG-" + (i % 100), Instant.now(), Map.of("i", i)));
            }
            List<String> ids = events.stream().map(e -> e.id().toString()).toList();
            long start = System.nanoTime();
            events.forEach(e -> producer.sendBody("seda:bench", e));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() -> allArrived(ids));
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder report = new StringBuilder(String.format("seda baseline throughput: %d events x %d consumers in"
                    + " %.3f s = %.0f deliveries/s%n", EVENTS, SUBSCRIBERS, seconds, EVENTS * SUBSCRIBERS / seconds));
            long[] latencies = new long[LATENCY_SAMPLES];
            for (int i = 0; i < LATENCY_SAMPLES; i++) {
                DomainEvent event = DomainEvent.of("bench/LATENCY", "LAT-" + i, Instant.now(), Map.of());
                String id = event.id().toString();
                long sent = System.nanoTime();
                producer.sendBody("seda:bench", event);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1)).until(() -> allArrived(List.of(id)));
                latencies[i] = received.get(id).get() - sent;
            }
            return report.append("seda baseline latency (send to received by all three): ")
                    .append(percentiles(latencies)).append('\n').toString();
        } finally {
            camel.stop();
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms over %d samples",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }
}
