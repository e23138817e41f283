package io.orderflow.routes.carrier.internal.format;

import static io.orderflow.routes.carrier.internal.format.Contexts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AfterShipParserTest {

    private final PayloadParser parser = PayloadParser.of(PayloadFormat.AFTERSHIP);
    private final ParseContext ctx = Contexts.of(PayloadFormat.AFTERSHIP, true);

    /** Ours: a parcel from Shenzhen to Texas, held at customs, then delivered and signed. */
    private static final String CROSS_BORDER = """
            {"event": "tracking_update", "event_id": "0f3c7d10", "ts": 1765300000,
             "msg": {"id": "as-5b2e91", "tracking_number": "YT2612080001", "slug": "yunexpress",
                     "tag": "Delivered", "subtag": "Delivered_003", "signed_by": "D. Nguyen",
                     "checkpoints": [
               {"checkpoint_time": "2026-12-08T10:02:00+08:00", "tag": "InfoReceived", "subtag": "InfoReceived_001",
                "message": "Order data received", "city": "Shenzhen", "country_iso3": "CHN"},
               {"checkpoint_time": "2026-12-08T19:30:00+08:00", "tag": "InTransit", "subtag": "InTransit_002",
                "message": "Parcel accepted at the depot", "location": "Shenzhen Bao'an", "country_iso3": "CHN"},
               {"checkpoint_time": "2026-12-09T03:15:00", "tag": "InTransit", "subtag": "InTransit_007",
                "message": "Left the export hub", "city": "Shenzhen", "country_iso3": "CHN"},
               {"checkpoint_time": "2026-12-11T16:00:00", "tag": "Exception", "subtag": "Exception_004",
                "message": "Awaiting customs release", "city": "Dallas", "country_iso3": "USA"},
               {"checkpoint_time": "2026-12-12T08:10:00-06:00", "tag": "OutForDelivery",
                "message": "With the courier", "city": "Plano", "country_iso3": "USA"},
               {"checkpoint_time": "2026-12-12T14:47:00-06:00", "tag": "Delivered", "subtag": "Delivered_003",
                "message": "Signed for at the door", "city": "Plano", "country_iso3": "USA"}
             ]}}
            """;

    @Test
    void everyCheckpointIsAnEventCodedBySubtagElseTag() {
        List<TrackingEvent> events = parser.parse(utf8(CROSS_BORDER), ctx);
        assertEquals(List.of("InfoReceived_001", "InTransit_002", "InTransit_007", "Exception_004", "OutForDelivery",
                "Delivered_003"), events.stream().map(TrackingEvent::code).toList());
        assertEquals(List.of(Milestone.INFO_RECEIVED, Milestone.PICKED_UP, Milestone.IN_TRANSIT, Milestone.IN_TRANSIT,
                Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED),
                events.stream().map(TrackingEvent::milestone).toList());
        assertEquals(Set.of(TrackingFlag.ON_HOLD, TrackingFlag.DELAYED), events.get(3).flags());
        assertEquals("Shenzhen Bao'an", events.get(1).location());
        assertEquals("Dallas, USA", events.get(3).location());
        assertEquals("as-5b2e91@2026-12-09T03:15:00#InTransit_007", events.get(2).providerEventId());
    }

    @Test
    void timesKeepTheirOffsetOrTakeTheCountrysZoneOrTheProfiles() {
        List<TrackingEvent> events = parser.parse(utf8(CROSS_BORDER), ctx);
        assertEquals(List.of(ZoneSource.OFFSET_GIVEN, ZoneSource.OFFSET_GIVEN, ZoneSource.INFERRED_FROM_LOCATION,
                ZoneSource.ASSUMED, ZoneSource.OFFSET_GIVEN, ZoneSource.OFFSET_GIVEN),
                events.stream().map(TrackingEvent::zoneSource).toList());
        assertEquals(List.of(8 * 3600, 8 * 3600, 8 * 3600, -6 * 3600, -6 * 3600, -6 * 3600),
                events.stream().map(TrackingEvent::offsetSeconds).toList());
    }

    @Test
    void theSignerGoesToTheDelivery() {
        List<TrackingEvent> events = parser.parse(utf8(CROSS_BORDER), ctx);
        assertEquals(Arrays.asList(null, null, null, null, null, "D. Nguyen"),
                events.stream().map(TrackingEvent::signer).toList());
        assertEquals(true, events.get(5).proofOfDelivery());
        assertEquals(false, parser.parse(utf8(CROSS_BORDER), Contexts.of(PayloadFormat.AFTERSHIP, false))
                .get(5).proofOfDelivery());
    }

    @Test
    void anUnknownSubtagFallsBackToItsTagAndAnUnknownTagIsUnknown() {
        List<TrackingEvent> events = parser.parse(utf8("""
                {"msg": {"id": "as-1", "tracking_number": "T1", "checkpoints": [
                  {"checkpoint_time": "2026-12-08T10:02:00Z", "tag": "InTransit", "subtag": "InTransit_099"},
                  {"checkpoint_time": "2026-12-08T11:02:00Z", "tag": "Teleported", "subtag": "Teleported_001"}]}}
                """), ctx);
        assertEquals(Milestone.IN_TRANSIT, events.get(0).milestone());
        assertEquals("InTransit_099", events.get(0).code());
        assertEquals(Milestone.UNKNOWN, events.get(1).milestone());
    }

    @Test
    void aProfileCanMapASubtagItsOwnWay() {
        String body = """
                {"msg": {"tracking_number": "T2", "checkpoints": [
                  {"checkpoint_time": "2026-12-08T10:02:00Z", "tag": "Exception", "subtag": "Exception_009"}]}}
                """;
        assertEquals(Milestone.IN_TRANSIT, parser.parse(utf8(body), ctx).get(0).milestone());
        assertEquals(Milestone.RETURNED, parser.parse(utf8(body),
                Contexts.of(PayloadFormat.AFTERSHIP, true, "Exception_009=RETURNED")).get(0).milestone());
    }

    @Test
    void aTrackingWithoutCheckpointsYetIsItsCurrentTag() {
        TrackingEvent event = parser.parse(utf8("""
                {"msg": {"id": "as-2", "tracking_number": "T3", "tag": "InfoReceived", "checkpoints": []}}
                """), ctx).get(0);
        assertEquals(Milestone.INFO_RECEIVED, event.milestone());
        assertEquals(null, event.localTime());
    }

    @Test
    void aMissingTrackingNumberOrTagIsAProblemNamingIt() {
        assertEquals("msg.tracking_number: is required", assertThrows(PayloadProblem.class,
                () -> parser.parse(utf8("""
                        {"msg": {"id": "as-3", "tag": "InTransit"}}
                        """), ctx)).getMessage());
        assertEquals("msg.checkpoints[0].tag: is required", assertThrows(PayloadProblem.class,
                () -> parser.parse(utf8("""
                        {"msg": {"tracking_number": "T4", "checkpoints": [{"checkpoint_time": "2026-12-08T10:02:00Z"}]}}
                        """), ctx)).getMessage());
        assertEquals("msg: is required", assertThrows(PayloadProblem.class,
                () -> parser.parse(utf8("{\"tracking_number\": \"T5\"}"), ctx)).getMessage());
    }
}
