package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Money through finance's REST API: recorded by fred and verified by fiona, both {@code finance}. */
final class Payments {

    static final String FINANCE = "/finance";
    private static final Duration SETTLED = Duration.ofSeconds(30);

    private final Http http;
    private final UnaryOperator<String> passwords;

    /** For the test containers' users. */
    Payments(Http http) {
        this(http, SalesOrders::pw);
    }

    /** @param passwords each user's password */
    Payments(Http http, UnaryOperator<String> passwords) {
        this.http = http;
        this.passwords = passwords;
    }

    /**
     * A payment in CNY recorded and verified, allocated as {@code allocations} says: document, amount, document,
     * amount...; the rest stays on account. Waits first until finance follows each order named.
     *
     * @return its id
     */
    String verified(String customer, String amount, String... allocations) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < allocations.length; i += 2) {
            if (!allocations[i].startsWith("INV-")) {
                settlement(allocations[i]);
            }
            rows.add(Map.of("document", allocations[i], "amount", allocations[i + 1]));
        }
        Http.Reply recorded = http.post(FINANCE + "/payments", Http.json(Map.of("customerId", customer, "amount",
                amount, "currency", "CNY", "method", "BANK_TRANSFER", "reference", "TT-" + customer,
                "receivedOn", LocalDate.now().minusDays(1).toString(), "allocations", rows)), "fred", passwords.apply("fred"));
        assertEquals(recorded.body(), 201, recorded.status());
        String id = recorded.json().get("id").asText();
        Http.Reply verified = http.post(FINANCE + "/payments/" + id + "/verification", "", "fiona", passwords.apply("fiona"));
        assertEquals(verified.body(), 200, verified.status());
        return id;
    }

    /** A verified payment bounced. */
    void reversed(String id, String reason) {
        Http.Reply reversed = http.post(FINANCE + "/payments/" + id + "/reversal", Http.json(Map.of("reason",
                reason)), "fiona", passwords.apply("fiona"));
        assertEquals(reversed.body(), 200, reversed.status());
    }

    /** Where the order's money stands, once finance follows the confirmed order. */
    JsonNode settlement(String order) {
        String path = FINANCE + "/orders/" + order + "/settlement";
        await("finance follows " + order).atMost(SETTLED).until(() -> http.get(path, "fred", passwords.apply("fred")).status()
                == 200);
        return http.get(path, "fred", passwords.apply("fred")).json();
    }
}
