package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static io.orderflow.itests.Shipping.line;
import static io.orderflow.itests.Shipping.parcel;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.logistics.api.event.TrackingUpdated;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Carriers' webhooks in the real distribution (issue 18): the carrier {@code acme} signs with Standard Webhooks and
 * sends Orderflow's own JSON; its proof of delivery counts as sign-off. What a carrier can rely on (202 kept, 200 a
 * replay, 401, 404, 410, 413, 415), a shipment's tracking built from shuffled and repeated events over HTTP, its
 * carrier's proof of delivery completing the order, an event for a tracking number no shipment has yet applied
 * once the shipment is dispatched, and a key rotated through the audited configuration endpoint. The signatures are made here with the JDK, independently of the gateway's code.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CarrierTests extends SalesOrderFlowTest {

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "acme's webhook key, 32 bytes long".getBytes(StandardCharsets.UTF_8));
    private static final String WEBHOOKS = "/carrier/webhooks/";
    private static final Duration SETTLED = Duration.ofSeconds(30);

    private final Shipping shipping = new Shipping(http, orders, new WarehouseApi(http));

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    @Test
    public void aWebhookIsKeptBeforeItIsAnsweredAndRefusedWhenItCannotBeTrusted() {
        String body = event("ACME-NOBODY-1", "info_received", OffsetDateTime.now(ZoneOffset.ofHours(8)), null);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();

        Http.Reply kept = post("acme", id, now, body, SECRET);
        assertEquals(kept.body(), 202, kept.status());
        Http.Reply replay = post("acme", id, now, body, SECRET);
        assertEquals("the same event id again changes nothing", 200, replay.status());
        assertEquals(kept.json().get("receipt").asLong(), replay.json().get("receipt").asLong());

        byte[] tampered = body.getBytes(StandardCharsets.UTF_8);
        String signature = sign(id, now, tampered, SECRET);
        tampered[tampered.length - 3] ^= 1;
        assertEquals("one byte changed", 401, send("acme", id, now, tampered, signature, "application/json").status());
        assertEquals("another key", 401, post("acme", "msg_" + UUID.randomUUID(), now, body, "whsec_"
                + Base64.getEncoder().encodeToString("someone else's key".getBytes(StandardCharsets.UTF_8))).status());
        assertEquals("ten minutes old", 401, post("acme", "msg_" + UUID.randomUUID(), now - 600, body, SECRET).status());
        assertEquals("no signature", 401, http.send("POST", WEBHOOKS + "acme", "application/json",
                body.getBytes(StandardCharsets.UTF_8), false, null, null, Map.of()).status());
        assertEquals("no such carrier", 404, post("nobody", "msg_" + UUID.randomUUID(), now, body, SECRET).status());
        assertEquals("switched off", 410, post("off", "msg_" + UUID.randomUUID(), now, body, SECRET).status());
        byte[] huge = ("{\"events\":[" + " ".repeat(1_100_000) + "]}").getBytes(StandardCharsets.UTF_8);
        assertEquals("above 1 MiB", 413, send("acme", "msg_big", now, huge, sign("msg_big", now, huge, SECRET),
                "application/json").status());
        assertEquals("not JSON", 415, send("acme", "msg_text", now, body.getBytes(StandardCharsets.UTF_8),
                sign("msg_text", now, body.getBytes(StandardCharsets.UTF_8), SECRET), "text/plain").status());

        JsonNode counts = http.get("/carrier/receipts/counts", "ivy", pw("ivy")).json();
        assertTrue(counts.toString(), counts.toString().contains("\"carrier\":\"acme\""));
        assertEquals("the views are integration's", 403, http.get("/carrier/receipts/counts", "ann", pw("ann"))
                .status());
    }

    @Test
    public void aRotatedKeyIsTakenBesideThePreviousOneUntilThePreviousOneIsRemoved() throws Exception {
        String pid = "orderflow.routes.carrier.profile~acme";
        String rotated = "whsec_" + Base64.getEncoder().encodeToString("acme's next webhook key, 32 byte".getBytes(
                StandardCharsets.UTF_8));
        String body = event("ACME-ROTATE-1", "info_received", OffsetDateTime.now(ZoneOffset.ofHours(8)), null);
        try {
            orders.configure(pid, Map.of("secret", rotated, "previousSecret", SECRET));
            await("the rotated key taken").atMost(SETTLED).until(() -> post("acme", "msg_" + UUID.randomUUID(),
                    Instant.now().getEpochSecond(), body, rotated).status() == 202);
            assertEquals("the previous key still, during the rotation", 202, post("acme", "msg_" + UUID.randomUUID(),
                    Instant.now().getEpochSecond(), body, SECRET).status());

            orders.configure(pid, Map.of("secret", rotated, "previousSecret", ""));
            await("the previous key refused").atMost(SETTLED).until(() -> post("acme", "msg_" + UUID.randomUUID(),
                    Instant.now().getEpochSecond(), body, SECRET).status() == 401);
            assertEquals(202, post("acme", "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), body, rotated)
                    .status());
        } finally {
            orders.configure(pid, Map.of("secret", SECRET, "previousSecret", ""));
            await("the key of the other tests back").atMost(SETTLED).until(() -> post("acme", "msg_"
                    + UUID.randomUUID(), Instant.now().getEpochSecond(), body, SECRET).status() == 202);
        }
    }

    @Test
    public void shuffledAndRepeatedEventsOverHttpBuildEachShipmentsTrackingAndTheProofOfDeliveryCompletesTheOrder() {
        List<String> numbers = new ArrayList<>();
        List<String> shipments = new ArrayList<>();
        List<Map.Entry<String, String>> events = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0);
        List<String> codes = List.of("info_received", "picked_up", "in_transit", "in_transit", "delayed",
                "in_transit", "out_for_delivery", "attempted", "out_for_delivery", "delivered");
        for (int s = 0; s < 5; s++) {
            String number = shipping.awaitingShipment("CUST-A", "PO-TRACK-" + s, "WH-SOUTH", 4, "25.00", false);
            String tracking = "ACME-" + s + "-" + UUID.randomUUID().toString().substring(0, 8);
            String shipment = shipping.create(number, List.of(line(1, 4)), null, Map.of("terms", "COMPANY"))
                    .get("id").asText();
            shipping.dispatched(shipment, List.of(parcel("ACME", tracking)));
            numbers.add(number);
            shipments.add(shipment);
            for (int e = 0; e < codes.size(); e++) {
                String signer = codes.get(e).equals("delivered") ? "Li Na" : null;
                events.add(Map.entry("msg_" + UUID.randomUUID(), event(tracking, codes.get(e), start.plusHours(5L * e),
                        signer)));
            }
        }
        Random random = new Random(18);
        Collections.shuffle(events, random);
        long now = Instant.now().getEpochSecond();
        for (Map.Entry<String, String> event : events) {
            assertEquals(202, post("acme", event.getKey(), now, event.getValue(), SECRET).status());
            if (random.nextInt(5) == 0) {
                assertEquals("a redelivery", 200, post("acme", event.getKey(), now, event.getValue(), SECRET).status());
            }
        }

        for (int s = 0; s < 5; s++) {
            String shipment = shipments.get(s);
            await(shipment + " delivered").atMost(SETTLED).until(() -> "DELIVERED".equals(tracking(shipment)
                    .get("milestone").asText()));
            JsonNode tracking = tracking(shipment);
            assertEquals("every event once, in time order", codes, codes(tracking));
            JsonNode signed = http.get(Shipping.PREFIX + "/shipments/" + shipment, "bob", pw("bob")).json();
            assertEquals("SIGNED_OFF", signed.get("status").asText());
            assertEquals("CARRIER_POD", signed.at("/signOff/source").asText());
            assertEquals("Li Na", signed.at("/signOff/signer").asText());
            shipping.awaitStatus(numbers.get(s), "COMPLETED");
        }
        assertTrue(orders.timelineTypes(numbers.get(0)).contains(TrackingUpdated.TYPE));
    }

    @Test
    public void anEventForATrackingNumberNoShipmentHasYetIsAppliedOnceItIsDispatched() {
        String tracking = "ACME-LATE-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(202, post("acme", "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(),
                event(tracking, "picked_up", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0), null),
                SECRET).status());
        await("kept as unmatched").atMost(SETTLED).until(() -> http.get("/carrier/unmatched", "ivy", pw("ivy"))
                .body().contains(tracking));

        String number = shipping.awaitingShipment("CUST-A", "PO-LATE-1", "WH-SOUTH", 3, "25.00", false);
        String shipment = shipping.create(number, List.of(line(1, 3)), null, Map.of("terms", "COMPANY"))
                .get("id").asText();
        shipping.dispatched(shipment, List.of(parcel("ACME", tracking)));
        await("applied once dispatched").atMost(SETTLED).until(() -> "PICKED_UP".equals(tracking(shipment)
                .get("milestone").asText()));
        assertFalse(http.get("/carrier/unmatched", "ivy", pw("ivy")).body().contains(tracking));
    }

    private JsonNode tracking(String shipment) {
        Http.Reply reply = http.get(Shipping.PREFIX + "/shipments/" + shipment + "/tracking", "bob", pw("bob"));
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    private static List<String> codes(JsonNode tracking) {
        List<String> codes = new ArrayList<>();
        tracking.get("history").forEach(event -> codes.add(event.get("code").asText()));
        return codes;
    }

    /** One event in Orderflow's own JSON (camel-routes/carrier/README.md). */
    private static String event(String tracking, String code, OffsetDateTime at, String signer) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("trackingNumber", tracking);
        event.put("code", code);
        event.put("time", at.toString());
        event.put("location", Map.of("city", "Shenzhen", "country", "CN"));
        if (signer != null) {
            event.put("signer", signer);
        }
        return Http.json(event);
    }

    private Http.Reply post(String carrier, String id, long timestamp, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(carrier, id, timestamp, bytes, sign(id, timestamp, bytes, secret), "application/json");
    }

    private Http.Reply send(String carrier, String id, long timestamp, byte[] body, String signature,
                            String contentType) {
        return http.send("POST", WEBHOOKS + carrier, contentType, body, false, null, null, Map.of(
                "webhook-id", id, "webhook-timestamp", String.valueOf(timestamp), "webhook-signature", signature));
    }

    /** Standard Webhooks: v1, base64 of HMAC-SHA256 over "id.timestamp.body" with the secret's decoded bytes. */
    static String sign(String id, long timestamp, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
