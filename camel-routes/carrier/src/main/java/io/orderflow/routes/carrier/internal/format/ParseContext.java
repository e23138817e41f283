package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.TrackingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a parser needs to know of the carrier's profile besides the body.
 *
 * @param carrier         the profile's name, given to every event
 * @param codes           the profile's code map (the format's defaults overlaid by its own entries)
 * @param proofOfDelivery the profile lets a delivery with a signer count as the customer's sign-off
 * @param assumedZone     the zone of a local time when neither the body nor its location tells one
 * @param receivedAt      when the body arrived
 */
public record ParseContext(String carrier, CodeMap codes, boolean proofOfDelivery, ZoneId assumedZone,
                           Instant receivedAt) {

    public ParseContext {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(assumedZone, "assumedZone");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** One event of this carrier: the parts every format shares come from the profile. */
    TrackingEvent event(String trackingNumber, String providerEventId, String code, CodeMap.Mapping mapping,
                        EventTime time, String location, String description, String signer) {
        return new TrackingEvent(carrier, trackingNumber, providerEventId, code, mapping.milestone(),
                mapping.flags(), time.localTime(), time.offsetSeconds(), time.zoneSource(), location, description,
                signer, proofOfDelivery, receivedAt);
    }
}
