package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.Test;

/**
 * The distribution as a user runs it: {@code bin/orderflow} in a separate process becomes healthy within 60 s and
 * prints where to point a browser; an order survives a stop and a start.
 */
public class DistributionRestartIT {

    private static final Duration READY_LIMIT = Duration.ofSeconds(60);

    @Test
    public void becomesHealthyWithinAMinuteAndKeepsOrdersAcrossARestart() throws Exception {
        try (OrderflowProcess orderflow = OrderflowProcess.install("forked-restart", 28000)) {
            long started = System.nanoTime();
            orderflow.start();
            String ready = orderflow.awaitReady(READY_LIMIT);
            long firstBootMs = (System.nanoTime() - started) / 1_000_000;
            assertContains(ready, "REST API at http://127.0.0.1:28181/api/");
            assertContains(String.join("\n", orderflow.consoleLines()), "data/orderflow/initial-admin-password");

            Http http = orderflow.http();
            assertEquals(200, http.get("/platform/health", null, null).status());
            String password = orderflow.adminPassword();
            Http.Reply created = http.post("/sales-order/orders", Http.json(Orders.ledLamps("PO-RESTART-1")), "admin", password);
            assertEquals(created.body(), 201, created.status());
            JsonNode order = created.json();
            long rssKib = orderflow.residentKib();

            orderflow.stop(Duration.ofSeconds(60));
            assertEquals("the port is free once stopped", -1, statusOrMinusOne(http));

            started = System.nanoTime();
            orderflow.start();
            orderflow.awaitReady(READY_LIMIT);
            long restartMs = (System.nanoTime() - started) / 1_000_000;
            Http.Reply reread = http.get("/sales-order/orders/" + order.get("number").asText(), "admin", password);
            assertEquals(200, reread.status());
            assertEquals(order, reread.json());
            assertTrue("the admin password is created once", orderflow.adminPassword().equals(password));

            System.out.printf("forked distribution: first boot to ready %d ms, restart to ready %d ms, RSS after first"
                    + " boot and one order %d MiB%n", firstBootMs, restartMs, rssKib / 1024);
            orderflow.stop(Duration.ofSeconds(60));
        }
    }

    private static int statusOrMinusOne(Http http) {
        try {
            return http.get("/platform/health", null, null).status();
        } catch (IllegalStateException e) {
            return -1;
        }
    }
}
