package io.orderflow.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sales order REST calls the flow tests make, as the users of {@link OrderflowKaraf#USERS}. */
final class SalesOrders {

    static final String ORDERS = "/sales-order/orders";

    private final Http http;

    SalesOrders(Http http) {
        this.http = http;
    }

    static String pw(String user) {
        return OrderflowKaraf.password(user);
    }

    /** The password the distribution generated for {@code admin} on its first start. */
    static String adminPassword() throws IOException {
        return Files.readString(Path.of(System.getProperty("karaf.data"), "orderflow", "initial-admin-password")).strip();
    }

    /** Changes a run-time setting as an operator would, through the audited configuration endpoint. */
    void configure(String pid, Map<String, String> settings) throws IOException {
        Http.Reply reply = http.patch("/platform/config/" + pid, Http.configChange(Http.json(settings)), "admin",
                adminPassword());
        assertEquals(reply.body(), 200, reply.status());
    }

    JsonNode create(String user, Map<String, Object> order) {
        Http.Reply reply = http.post(ORDERS, Http.json(order), user, pw(user));
        assertEquals(reply.body(), 201, reply.status());
        return reply.json();
    }

    JsonNode get(String number) {
        return http.get(ORDERS + "/" + number, "bob", pw("bob")).json();
    }

    Http.Reply post(String user, String number, String action, Object body) {
        return http.post(ORDERS + "/" + number + "/" + action, body instanceof String s ? s : Http.json(body), user,
                pw(user));
    }

    Http.Reply decide(String user, String number, String decision, String role, String remark) {
        return post(user, number, "decisions", remark == null ? Map.of("decision", decision, "role", role)
                : Map.of("decision", decision, "role", role, "remark", remark));
    }

    JsonNode approve(String user, String number, String role) {
        Http.Reply reply = decide(user, number, "APPROVE", role, null);
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    /** A plain order through the initial check (sam) and the manager review (mia). */
    JsonNode confirmPlain(String number) {
        approve("sam", number, "sales-assistant");
        JsonNode confirmed = approve("mia", number, "sales-manager");
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        return confirmed;
    }

    List<String> timelineTypes(String number) {
        List<String> types = new ArrayList<>();
        http.get(ORDERS + "/" + number + "/timeline", "bob", pw("bob")).json().forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
