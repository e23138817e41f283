package io.orderflow.logistics.api.event;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.util.List;

/**
 * A carrier's news moved a shipment of the order: its milestone or its flags changed.
 *
 * @param localTime  the event's local time as the carrier gave it (ISO-8601 without zone), "" when none
 * @param offset     its offset, e.g. {@code +08:00}, "" when unknown
 * @param zoneSource where the offset came from ({@link io.orderflow.logistics.api.ZoneSource}), "" when none
 */
public record TrackingUpdated(@Required String shipment, @Required String trackingNumber, String carrier,
                              @Required Milestone milestone, List<TrackingFlag> flags, String code,
                              String localTime, String offset, String zoneSource, String location)
        implements EventPayload {

    public static final String TYPE = "logistics/TRACKING_UPDATED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
