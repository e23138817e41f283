package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.TrackingEvent;
import java.util.List;

/**
 * An AfterShip-style webhook: {@code msg} is the tracking with its {@code checkpoints}. Each checkpoint becomes an
 * event; its code is its subtag when it has one (the map falls back to the tag), else its tag. A tracking without
 * checkpoints yet becomes one event of its current tag, without a time.
 */
final class AfterShipParser implements PayloadParser {

    static final AfterShipParser INSTANCE = new AfterShipParser();

    private AfterShipParser() {
    }

    @Override
    public List<TrackingEvent> parse(byte[] body, ParseContext ctx) {
        BodyNode tracking = JsonBody.read(body).object("msg");
        String trackingNumber = tracking.text("tracking_number", Fields.TRACKING_NUMBER);
        List<BodyNode> checkpoints = tracking.objects("checkpoints", Fields.MAX_EVENTS);
        List<TrackerHistory.Step> steps = checkpoints.isEmpty() ? List.of(step(tracking, false))
                : checkpoints.stream().map(checkpoint -> step(checkpoint, true)).toList();
        return TrackerHistory.events(ctx, trackingNumber, tracking.optionalText("id", Fields.ID),
                tracking.optionalText("signed_by", Fields.NAME), steps);
    }

    private static TrackerHistory.Step step(BodyNode node, boolean checkpoint) {
        String subtag = node.optionalText("subtag", Fields.CODE);
        String tag = subtag == null ? node.text("tag", Fields.CODE) : node.optionalText("tag", Fields.CODE);
        String code = subtag == null ? tag : subtag;
        String parent = subtag == null ? null : tag;
        if (!checkpoint) {
            return new TrackerHistory.Step(code, parent, null, null, null, null, null);
        }
        String country = node.optionalText("country_iso3", 3);
        String location = node.optionalText("location", Fields.NAME);
        return new TrackerHistory.Step(code, parent, node.optionalText("checkpoint_time", EventTime.MAX_LENGTH),
                node.path("checkpoint_time"), CountryZones.of(country).orElse(null),
                location != null ? location : Fields.location(node.optionalText("city", Fields.NAME), country),
                node.optionalText("message", Fields.DESCRIPTION));
    }
}
