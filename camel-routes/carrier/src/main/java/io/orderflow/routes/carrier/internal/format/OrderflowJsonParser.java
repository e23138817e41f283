package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.ZoneSource;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Orderflow's own format, described by {@code carrier/carrier-event.schema.json}: one event, or {@code {"events":
 * [...]}}. Being ours, it is read strictly: a field it does not define is refused rather than ignored.
 */
final class OrderflowJsonParser implements PayloadParser {

    static final OrderflowJsonParser INSTANCE = new OrderflowJsonParser();

    private static final Set<String> EVENT_FIELDS =
            Set.of("eventId", "trackingNumber", "code", "time", "zone", "location", "description", "signer");
    private static final Set<String> LOCATION_FIELDS = Set.of("city", "country");

    private OrderflowJsonParser() {
    }

    @Override
    public List<TrackingEvent> parse(byte[] body, ParseContext ctx) {
        BodyNode root = JsonBody.read(body);
        if (!root.has("events")) {
            return List.of(event(root, ctx));
        }
        root.onlyFields(Set.of("events"));
        List<BodyNode> events = root.objects("events", Fields.MAX_EVENTS);
        if (events.isEmpty()) {
            throw root.problem("events", "must hold at least one event");
        }
        return events.stream().map(event -> event(event, ctx)).toList();
    }

    private static TrackingEvent event(BodyNode event, ParseContext ctx) {
        event.onlyFields(EVENT_FIELDS);
        String trackingNumber = event.text("trackingNumber", Fields.TRACKING_NUMBER);
        String code = event.text("code", Fields.CODE);
        Optional<BodyNode> location = event.optionalObject("location");
        location.ifPresent(place -> place.onlyFields(LOCATION_FIELDS));
        String city = location.map(place -> place.optionalText("city", Fields.NAME)).orElse(null);
        String country = location.map(place -> place.optionalText("country", 3)).orElse(null);
        String zone = event.optionalText("zone", Fields.NAME);
        ZoneId known = zone != null ? zone(event, zone) : CountryZones.of(country).orElse(null);
        EventTime time = EventTime.parse(event.text("time", EventTime.MAX_LENGTH), event.path("time"), known,
                ctx.assumedZone());
        if (zone != null && time.zoneSource() == ZoneSource.OFFSET_GIVEN) {
            throw event.problem("zone", "only for a time without offset; this time has its offset");
        }
        return ctx.event(trackingNumber, event.optionalText("eventId", Fields.ID), code, ctx.codes().map(code),
                time, Fields.location(city, country), event.optionalText("description", Fields.DESCRIPTION),
                event.optionalText("signer", Fields.NAME));
    }

    private static ZoneId zone(BodyNode event, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw event.problem("zone", "'" + zone + "' is not an IANA time zone such as Asia/Shanghai");
        }
    }
}
