package io.orderflow.routes.carrier.internal.format;

import static io.orderflow.routes.carrier.internal.format.Contexts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderflowJsonParserTest {

    private final PayloadParser parser = PayloadParser.of(PayloadFormat.ORDERFLOW_JSON);
    private final ParseContext ctx = Contexts.of(PayloadFormat.ORDERFLOW_JSON, true);

    private List<TrackingEvent> parse(String body) {
        return parser.parse(utf8(body), ctx);
    }

    private String problem(String body) {
        return assertThrows(PayloadProblem.class, () -> parse(body)).getMessage();
    }

    @Test
    void oneEventWithItsOffsetKeepsTheLocalTimeAndTheOffset() {
        TrackingEvent event = parse("""
                {"eventId": "hz-771", "trackingNumber": "HZ0099123", "code": "picked_up",
                 "time": "2026-12-08T15:30:00+08:00", "location": {"city": "Hangzhou", "country": "CN"},
                 "description": "Collected from the warehouse dock"}
                """).get(0);
        assertEquals("test-carrier", event.carrier());
        assertEquals("HZ0099123", event.trackingNumber());
        assertEquals("hz-771", event.providerEventId());
        assertEquals("picked_up", event.code());
        assertEquals(Milestone.PICKED_UP, event.milestone());
        assertEquals(LocalDateTime.parse("2026-12-08T15:30:00"), event.localTime());
        assertEquals(8 * 3600, event.offsetSeconds());
        assertEquals(ZoneSource.OFFSET_GIVEN, event.zoneSource());
        assertEquals(Instant.parse("2026-12-08T07:30:00Z"), event.instant());
        assertEquals("Hangzhou, CN", event.location());
        assertEquals("Collected from the warehouse dock", event.description());
        assertEquals(Contexts.RECEIVED, event.receivedAt());
    }

    @Test
    void aSequenceTakesItsZoneFromTheOffsetTheZoneTheCountryOrTheProfile() {
        List<TrackingEvent> events = parse("""
                {"events": [
                  {"eventId": "e1", "trackingNumber": "DE4471", "code": "in_transit", "time": "2026-12-08T06:10:00Z"},
                  {"eventId": "e2", "trackingNumber": "DE4471", "code": "customs_hold",
                   "time": "2026-12-08T22:40:00", "zone": "Asia/Shanghai"},
                  {"eventId": "e3", "trackingNumber": "DE4471", "code": "out_for_delivery",
                   "time": "2026-12-10T07:55:00", "location": {"city": "Köln", "country": "DEU"}},
                  {"eventId": "e4", "trackingNumber": "DE4471", "code": "attempted",
                   "time": "2026-12-10T12:05:00", "location": {"city": "Springfield", "country": "US"}},
                  {"eventId": "e5", "trackingNumber": "DE4471", "code": "teleported", "time": "2026-12-10T13:00:00"}
                ]}
                """);
        assertEquals(List.of(Milestone.IN_TRANSIT, Milestone.IN_TRANSIT, Milestone.OUT_FOR_DELIVERY,
                Milestone.DELIVERY_ATTEMPTED, Milestone.UNKNOWN), events.stream().map(TrackingEvent::milestone).toList());
        assertEquals(Set.of(TrackingFlag.ON_HOLD, TrackingFlag.DELAYED), events.get(1).flags());
        // Z is an offset given, not an assumption
        assertEquals(ZoneSource.OFFSET_GIVEN, events.get(0).zoneSource());
        assertEquals(0, events.get(0).offsetSeconds());
        // a given zone or a country with one zone
        assertEquals(ZoneSource.INFERRED_FROM_LOCATION, events.get(1).zoneSource());
        assertEquals(8 * 3600, events.get(1).offsetSeconds());
        assertEquals(ZoneSource.INFERRED_FROM_LOCATION, events.get(2).zoneSource());
        assertEquals(3600, events.get(2).offsetSeconds());
        assertEquals("Köln, DEU", events.get(2).location());
        // a country of many zones, or none: the profile's zone, said so; the local time stays as given
        assertEquals(ZoneSource.ASSUMED, events.get(3).zoneSource());
        assertEquals(-6 * 3600, events.get(3).offsetSeconds());
        assertEquals(LocalDateTime.parse("2026-12-10T12:05:00"), events.get(3).localTime());
        assertEquals(ZoneSource.ASSUMED, events.get(4).zoneSource());
        assertEquals("teleported", events.get(4).code());
    }

    @Test
    void aLocalTimeInTheSpringGapKeepsItsClockAndTheOffsetBeforeTheChange() {
        TrackingEvent event = parse("""
                {"trackingNumber": "B1", "code": "in_transit", "time": "2026-03-29T02:30:00", "zone": "Europe/Berlin"}
                """).get(0);
        assertEquals(LocalDateTime.parse("2026-03-29T02:30:00"), event.localTime());
        assertEquals(3600, event.offsetSeconds());
        assertNull(event.providerEventId());
    }

    @Test
    void theSignerOfADeliveryComesWithTheProfilesProofOfDelivery() {
        String body = """
                {"eventId": "d1", "trackingNumber": "HZ0099123", "code": "delivered",
                 "time": "2026-12-09T11:42:00+08:00", "signer": "Chen Jing"}
                """;
        TrackingEvent delivered = parse(body).get(0);
        assertEquals(Milestone.DELIVERED, delivered.milestone());
        assertEquals("Chen Jing", delivered.signer());
        assertTrue(delivered.proofOfDelivery());
        assertFalse(parser.parse(utf8(body), Contexts.of(PayloadFormat.ORDERFLOW_JSON, false)).get(0)
                .proofOfDelivery());
    }

    @Test
    void aProfilesOwnCodesMapItsCarriersVocabulary() {
        ParseContext sf = Contexts.of(PayloadFormat.ORDERFLOW_JSON, false, "50=OUT_FOR_DELIVERY", "80=DELIVERED");
        TrackingEvent event = parser.parse(utf8("""
                {"trackingNumber": "SF1", "code": "80", "time": "2026-12-09T11:42:00+08:00"}
                """), sf).get(0);
        assertEquals(Milestone.DELIVERED, event.milestone());
    }

    @Test
    void aMissingTrackingNumberIsNamedWithItsPlace() {
        assertEquals("events[1].trackingNumber: is required", problem("""
                {"events": [
                  {"trackingNumber": "A1", "code": "in_transit", "time": "2026-12-08T06:10:00Z"},
                  {"trackingNumber": " ", "code": "delivered", "time": "2026-12-08T09:10:00Z"}
                ]}
                """));
        assertEquals("trackingNumber: is required", problem("""
                {"code": "in_transit", "time": "2026-12-08T06:10:00Z"}
                """));
    }

    @Test
    void mistakesInOurOwnFormatAreRefusedWithWhatToFix() {
        assertTrue(problem("""
                {"trackingNumber": "A1", "code": "in_transit", "time": "2026-12-08T06:10:00Z", "signedBy": "x"}
                """).startsWith("signedBy: is not a field of this format (code, description, eventId, location,"));
        assertEquals("zone: only for a time without offset; this time has its offset", problem("""
                {"trackingNumber": "A1", "code": "in_transit", "time": "2026-12-08T06:10:00Z", "zone": "Asia/Tokyo"}
                """));
        assertEquals("zone: 'Mars/Olympus' is not an IANA time zone such as Asia/Shanghai", problem("""
                {"trackingNumber": "A1", "code": "in_transit", "time": "2026-12-08T06:10:00", "zone": "Mars/Olympus"}
                """));
        assertTrue(problem("""
                {"trackingNumber": "A1", "code": "in_transit", "time": "2026-02-30T06:10:00"}
                """).startsWith("time: '2026-02-30T06:10:00' is not an ISO date-time"));
        assertTrue(problem("""
                {"trackingNumber": "A1", "code": "in_transit", "time": "08/12/2026 06:10"}
                """).startsWith("time: '08/12/2026 06:10' is not an ISO date-time"));
        assertEquals("time: is required", problem("""
                {"trackingNumber": "A1", "code": "in_transit"}
                """));
        assertEquals("code: must be a string", problem("""
                {"trackingNumber": "A1", "code": 50, "time": "2026-12-08T06:10:00Z"}
                """));
        assertEquals("events: must hold at least one event", problem("{\"events\": []}"));
        assertEquals("events[0]: must be an object", problem("{\"events\": [\"A1\"]}"));
    }

    @Test
    void theSchemasExamplesAreWhatTheParserReads() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/carrier/carrier-event.schema.json")) {
            schema = json.readTree(in);
        }
        int events = 0;
        for (JsonNode example : schema.get("examples")) {
            events += parser.parse(json.writeValueAsBytes(example), ctx).size();
        }
        assertEquals(3, events);
    }
}
