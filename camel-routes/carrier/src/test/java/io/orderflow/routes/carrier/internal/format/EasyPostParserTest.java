package io.orderflow.routes.carrier.internal.format;

import static io.orderflow.routes.carrier.internal.format.Contexts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EasyPostParserTest {

    private final PayloadParser parser = PayloadParser.of(PayloadFormat.EASYPOST);
    private final ParseContext ctx = Contexts.of(PayloadFormat.EASYPOST, true);

    /** A tracker.updated Event, ours: a parcel from Memphis to Chicago, delayed by weather, delivered and signed. */
    private static String webhook(String eventId) {
        return """
                {"id": "%s", "object": "Event", "description": "tracker.updated", "mode": "test",
                 "result": {
                   "id": "trk_7c1e0a55", "object": "Tracker", "tracking_code": "1ZORDERFLOW0001",
                   "status": "delivered", "status_detail": "arrived_at_destination", "signed_by": "M. GARCIA",
                   "tracking_details": [
                     {"object": "TrackingDetail", "status": "pre_transit", "status_detail": "label_created",
                      "message": "Shipping label created", "datetime": "2026-12-01T14:02:00Z",
                      "tracking_location": {"object": "TrackingLocation", "city": null, "state": null,
                                            "country": null, "zip": null}},
                     {"status": "in_transit", "status_detail": "received_at_origin_facility",
                      "message": "Origin scan", "datetime": "2026-12-01T23:48:00Z",
                      "tracking_location": {"city": "Memphis", "state": "TN", "country": "US", "zip": "38118"}},
                     {"status": "in_transit", "status_detail": "weather_delay",
                      "message": "Held up by a winter storm", "datetime": "2026-12-03T04:15:00Z",
                      "tracking_location": {"city": "Indianapolis", "state": "IN", "country": "US"}},
                     {"status": "out_for_delivery", "status_detail": "out_for_delivery",
                      "message": "On the vehicle for delivery", "datetime": "2026-12-04T13:20:00Z",
                      "tracking_location": {"city": "Chicago", "state": "IL", "country": "US"}},
                     {"status": "delivered", "status_detail": "arrived_at_destination",
                      "message": "Delivered, front desk", "datetime": "2026-12-04T18:51:00Z",
                      "tracking_location": {"city": "Chicago", "state": "IL", "country": "US"}}
                   ]}}
                """.formatted(eventId);
    }

    @Test
    void everyTrackingDetailIsAnEventMappedByStatusAndDetail() {
        List<TrackingEvent> events = parser.parse(utf8(webhook("evt_1")), ctx);
        assertEquals(List.of(Milestone.INFO_RECEIVED, Milestone.PICKED_UP, Milestone.IN_TRANSIT,
                Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED), events.stream().map(TrackingEvent::milestone).toList());
        assertEquals(Set.of(TrackingFlag.DELAYED), events.get(2).flags());
        assertEquals("in_transit/weather_delay", events.get(2).code());
        assertEquals("Held up by a winter storm", events.get(2).description());
        assertEquals("Indianapolis, IN, US", events.get(2).location());
        assertNull(events.get(0).location());
        events.forEach(event -> {
            assertEquals("1ZORDERFLOW0001", event.trackingNumber());
            assertEquals(ZoneSource.OFFSET_GIVEN, event.zoneSource());   // Z is an offset given
            assertEquals(0, event.offsetSeconds());
        });
        assertEquals(LocalDateTime.parse("2026-12-04T18:51:00"), events.get(4).localTime());
    }

    @Test
    void theSignerGoesToTheDeliveryOnlyWithTheProfilesProofOfDelivery() {
        List<TrackingEvent> events = parser.parse(utf8(webhook("evt_1")), ctx);
        assertEquals(Arrays.asList(null, null, null, null, "M. GARCIA"),
                events.stream().map(TrackingEvent::signer).toList());
        assertEquals(List.of(true, true, true, true, true),
                events.stream().map(TrackingEvent::proofOfDelivery).toList());
        assertEquals(false, parser.parse(utf8(webhook("evt_1")), Contexts.of(PayloadFormat.EASYPOST, false))
                .get(4).proofOfDelivery());
    }

    @Test
    void eachDetailKeepsItsProviderIdWhenTheNextWebhookRepeatsTheHistory() {
        List<String> first = parser.parse(utf8(webhook("evt_1")), ctx).stream()
                .map(TrackingEvent::providerEventId).toList();
        List<String> second = parser.parse(utf8(webhook("evt_2")), ctx).stream()
                .map(TrackingEvent::providerEventId).toList();
        assertEquals(first, second);
        assertEquals(5, Set.copyOf(first).size());
        assertEquals("trk_7c1e0a55@2026-12-03T04:15:00Z#in_transit/weather_delay", first.get(2));
    }

    @Test
    void aLocalTimeTakesTheZoneOfASingleZoneCountryElseTheProfiles() {
        List<TrackingEvent> events = parser.parse(utf8("""
                {"id": "evt_9", "result": {"id": "trk_9", "tracking_code": "JD0001",
                  "tracking_details": [
                    {"status": "in_transit", "datetime": "2026-12-05T09:00:00",
                     "tracking_location": {"city": "Tokyo", "country": "JP"}},
                    {"status": "in_transit", "datetime": "2026-12-06T09:00:00",
                     "tracking_location": {"city": "Denver", "country": "US"}},
                    {"status": "in_transit", "status_detail": "arrived_at_facility", "datetime": "2026-12-07T09:00:00"}
                  ]}}
                """), ctx);
        assertEquals(List.of(ZoneSource.INFERRED_FROM_LOCATION, ZoneSource.ASSUMED, ZoneSource.ASSUMED),
                events.stream().map(TrackingEvent::zoneSource).toList());
        assertEquals(List.of(9 * 3600, -6 * 3600, -6 * 3600),
                events.stream().map(TrackingEvent::offsetSeconds).toList());
        assertEquals(Milestone.IN_TRANSIT, events.get(2).milestone());   // the detail falls back to its status
    }

    @Test
    void aTrackerWithoutDetailsYetIsItsCurrentStatusWithoutATime() {
        TrackingEvent event = parser.parse(utf8("""
                {"id": "evt_0", "description": "tracker.created",
                 "result": {"id": "trk_0", "object": "Tracker", "tracking_code": "9400ORDERFLOW",
                            "status": "pre_transit", "tracking_details": []}}
                """), ctx).get(0);
        assertEquals(Milestone.INFO_RECEIVED, event.milestone());
        assertNull(event.localTime());
        assertNull(event.zoneSource());
        assertEquals("trk_0@#pre_transit", event.providerEventId());
    }

    @Test
    void anUnmappedStatusIsUnknown() {
        TrackingEvent event = parser.parse(utf8("""
                {"id": "evt_3", "result": {"tracking_code": "X1", "tracking_details": [
                  {"status": "teleported", "status_detail": "beamed", "datetime": "2026-12-05T09:00:00Z"}]}}
                """), ctx).get(0);
        assertEquals(Milestone.UNKNOWN, event.milestone());
        assertEquals("teleported/beamed", event.code());
        assertEquals("evt_3@2026-12-05T09:00:00Z#teleported/beamed", event.providerEventId());
    }

    @Test
    void aMissingTrackingCodeOrAnotherObjectIsAProblemNamingIt() {
        assertEquals("result.tracking_code: is required", assertThrows(PayloadProblem.class,
                () -> parser.parse(utf8("""
                        {"id": "evt_4", "result": {"id": "trk_4", "status": "in_transit"}}
                        """), ctx)).getMessage());
        assertEquals("result.object: 'Batch' is not a Tracker", assertThrows(PayloadProblem.class,
                () -> parser.parse(utf8("""
                        {"id": "evt_5", "result": {"id": "batch_5", "object": "Batch"}}
                        """), ctx)).getMessage());
        assertEquals("result.tracking_details[1].status: is required", assertThrows(PayloadProblem.class,
                () -> parser.parse(utf8("""
                        {"id": "evt_6", "result": {"tracking_code": "X6", "tracking_details": [
                          {"status": "in_transit", "datetime": "2026-12-05T09:00:00Z"},
                          {"status_detail": "arrived_at_facility", "datetime": "2026-12-05T10:00:00Z"}]}}
                        """), ctx)).getMessage());
    }
}
