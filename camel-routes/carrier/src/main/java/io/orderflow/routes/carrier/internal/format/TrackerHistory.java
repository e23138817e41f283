package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import java.time.ZoneId;
import java.util.List;

/**
 * What the tracking-service formats (EasyPost, AfterShip) share: every webhook carries the package's whole history,
 * one step per scan, so a step's provider event id must be the same in every webhook that repeats it. It is built
 * from the tracker's own id, which stays the same for the package, the step's time and its code:
 * {@code trk_1@2026-12-08T15:30:00Z#in_transit}. The signer, given once for the tracker, goes to its delivered steps.
 */
final class TrackerHistory {

    /**
     * One step as the body gives it, before it is mapped.
     *
     * @param code      the code as the carrier's format defines it
     * @param parent    the code it refines (a status for a detail, a tag for a subtag); may be null
     * @param time      the time text; null when the step has none
     * @param timePath  where the time is, for a problem
     * @param knownZone the zone known from the step's location; may be null
     */
    record Step(String code, String parent, String time, String timePath, ZoneId knownZone, String location,
                String description) {
    }

    private TrackerHistory() {
    }

    /**
     * @param trackerId the tracker's lasting id; null when the body has none (then events have no provider id)
     */
    static List<TrackingEvent> events(ParseContext ctx, String trackingNumber, String trackerId, String signer,
                                      List<Step> steps) {
        return steps.stream().map(step -> {
            CodeMap.Mapping mapping = ctx.codes().map(step.code(), step.parent());
            EventTime time = step.time() == null ? EventTime.NONE
                    : EventTime.parse(step.time(), step.timePath(), step.knownZone(), ctx.assumedZone());
            String eventId = trackerId == null ? null
                    : trackerId + "@" + (step.time() == null ? "" : step.time()) + "#" + step.code();
            return ctx.event(trackingNumber, eventId, step.code(), mapping, time, step.location(),
                    step.description(), mapping.milestone() == Milestone.DELIVERED ? signer : null);
        }).toList();
    }
}
