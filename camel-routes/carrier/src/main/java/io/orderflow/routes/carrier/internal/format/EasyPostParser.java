package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.TrackingEvent;
import java.util.List;
import java.util.Optional;

/**
 * An EasyPost-style webhook: an Event whose {@code result} is a Tracker with its {@code tracking_details}. Each
 * detail becomes an event; its code is {@code status}, or {@code status/status_detail} when it has a detail (the map
 * falls back to the status). A tracker without details yet becomes one event of its current status, without a time.
 */
final class EasyPostParser implements PayloadParser {

    static final EasyPostParser INSTANCE = new EasyPostParser();

    private EasyPostParser() {
    }

    @Override
    public List<TrackingEvent> parse(byte[] body, ParseContext ctx) {
        BodyNode event = JsonBody.read(body);
        BodyNode tracker = event.object("result");
        String kind = tracker.optionalText("object", Fields.NAME);
        if (kind != null && !kind.equals("Tracker")) {
            throw tracker.problem("object", "'" + kind + "' is not a Tracker");
        }
        String trackingNumber = tracker.text("tracking_code", Fields.TRACKING_NUMBER);
        // the tracker's id stays the same for the package, the Event's id changes with every webhook
        String trackerId = tracker.optionalText("id", Fields.ID);
        if (trackerId == null) {
            trackerId = event.optionalText("id", Fields.ID);
        }
        List<BodyNode> details = tracker.objects("tracking_details", Fields.MAX_EVENTS);
        List<TrackerHistory.Step> steps = details.isEmpty() ? List.of(step(tracker, false))
                : details.stream().map(detail -> step(detail, true)).toList();
        return TrackerHistory.events(ctx, trackingNumber, trackerId,
                tracker.optionalText("signed_by", Fields.NAME), steps);
    }

    private static TrackerHistory.Step step(BodyNode node, boolean detail) {
        String status = node.text("status", Fields.CODE);
        String statusDetail = node.optionalText("status_detail", Fields.CODE);
        String code = statusDetail == null ? status : status + "/" + statusDetail;
        String parent = statusDetail == null ? null : status;
        if (!detail) {
            return new TrackerHistory.Step(code, parent, null, null, null, null, null);
        }
        String city = null;
        String state = null;
        String country = null;
        Optional<BodyNode> place = node.optionalObject("tracking_location");
        if (place.isPresent()) {
            city = place.get().optionalText("city", Fields.NAME);
            state = place.get().optionalText("state", Fields.NAME);
            country = place.get().optionalText("country", Fields.NAME);
        }
        return new TrackerHistory.Step(code, parent, node.optionalText("datetime", EventTime.MAX_LENGTH),
                node.path("datetime"), CountryZones.of(country).orElse(null), Fields.location(city, state, country),
                node.optionalText("message", Fields.DESCRIPTION));
    }
}
