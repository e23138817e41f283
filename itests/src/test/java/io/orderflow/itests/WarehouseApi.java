package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/** The warehouse REST API as the tests use it, mostly as bob of the warehouse. */
final class WarehouseApi {

    static final String PREFIX = "/warehouse";

    private final Http http;

    WarehouseApi(Http http) {
        this.http = http;
    }

    /** The stock row of a product in one warehouse. */
    JsonNode stockOf(String product, String warehouse) {
        for (JsonNode row : http.get(PREFIX + "/stock?product=" + product, "bob", pw("bob")).json()) {
            if (row.get("warehouse").asText().equals(warehouse)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + warehouse);
    }

    long onHand(String product, String warehouse) {
        return stockOf(product, warehouse).get("onHand").asLong();
    }

    Http.Reply move(String user, Map<String, Object> move) {
        return http.post(PREFIX + "/moves", Http.json(move), user, pw(user));
    }

    JsonNode reservationOnceMade(String number) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get(PREFIX + "/reservations/" + number, "bob", pw("bob")).status() == 200);
        return http.get(PREFIX + "/reservations/" + number, "bob", pw("bob")).json();
    }
}
