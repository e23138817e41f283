package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders brought to AWAITING_SHIPMENT and shipped through the logistics REST API, as lena ({@code logistics}). */
final class Shipping {

    static final String PREFIX = "/logistics";
    private static final Duration SETTLED = Duration.ofSeconds(30);

    private final Http http;
    private final SalesOrders orders;
    private final WarehouseApi warehouse;

    Shipping(Http http, SalesOrders orders, WarehouseApi warehouse) {
        this.http = http;
        this.orders = orders;
        this.warehouse = warehouse;
    }

    /** Stock received for the order, the order entered and confirmed, and reserved in full. */
    String awaitingShipment(String customer, String po, String warehouseCode, int quantity, String price,
                                    boolean installation) {
        Http.Reply received = warehouse.move("bob", Map.of("type", "RECEIPT", "warehouse", warehouseCode,
                "product", "LED-LAMP", "quantity", quantity, "reference", "RCV-" + po));
        assertEquals(received.body(), 201, received.status());
        Map<String, Object> order = Orders.order(customer, po, "LED-LAMP", quantity, price);
        order.put("installation", installation);
        String number = orders.create("ann", order).get("number").asText();
        if (installation) {
            // installation is a special term: a joint review by finance and production follows the manager's
            orders.approve("sam", number, "sales-assistant");
            orders.approve("mia", number, "sales-manager");
            orders.approve("fred", number, "finance");
            assertEquals("CONFIRMED", orders.approve("pete", number, "production-planner").get("status").asText());
        } else {
            orders.confirmPlain(number);
        }
        awaitStatus(number, "AWAITING_SHIPMENT");
        return number;
    }

    void awaitStatus(String number, String status) {
        await(number + " " + status).atMost(SETTLED)
                .until(() -> status.equals(orders.get(number).get("status").asText()));
    }

    static Map<String, Object> line(int lineNo, int quantity) {
        return Map.of("lineNo", lineNo, "quantity", quantity);
    }

    static Map<String, Object> agreedFreight(String amount) {
        return Map.of("terms", "AGREED", "amount", Map.of("amount", amount, "currency", "CNY"));
    }

    static Map<String, Object> parcel(String carrier, String tracking) {
        return Map.of("carrier", carrier, "trackingNumber", tracking);
    }

    static Map<String, Object> draft(String number, List<Map<String, Object>> lines, String rest,
                                             Map<String, Object> freight) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("orderNumber", number);
        draft.put("lines", lines);
        if (rest != null) {
            draft.put("rest", rest);
        }
        draft.put("freight", freight);
        return draft;
    }

    JsonNode create(String number, List<Map<String, Object>> lines, String rest,
                    Map<String, Object> freight) {
        Http.Reply created = http.post(PREFIX + "/shipments", Http.json(draft(number, lines, rest, freight)),
                "lena", pw("lena"));
        assertEquals(created.body(), 201, created.status());
        return created.json();
    }

    Http.Reply dispatch(String id, List<Map<String, Object>> packages) {
        return http.post(PREFIX + "/shipments/" + id + "/dispatch", Http.json(Map.of("packages", packages)),
                "lena", pw("lena"));
    }

    JsonNode dispatched(String id, List<Map<String, Object>> packages) {
        Http.Reply reply = dispatch(id, packages);
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    Http.Reply signOff(String user, String id, String signer, String source) {
        String signedAt = OffsetDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.SECONDS)
                .withOffsetSameInstant(ZoneOffset.ofHours(8)).toString();
        return http.post(PREFIX + "/shipments/" + id + "/sign-off", Http.json(Map.of("signer", signer,
                "signedAt", signedAt, "source", source)), user, pw(user));
    }

    JsonNode signedOff(String user, String id, String signer, String source) {
        Http.Reply reply = signOff(user, id, signer, source);
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }
}
