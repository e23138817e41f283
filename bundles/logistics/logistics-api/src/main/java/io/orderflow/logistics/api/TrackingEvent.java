package io.orderflow.logistics.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * One carrier event about a package, normalised by the carrier edge (webhooks) or the EDI gateway (214 / IFTSTA) and
 * handed to {@link TrackingService}.
 *
 * @param carrier          the carrier profile it came through, e.g. {@code sf-express}
 * @param trackingNumber   the package's tracking number
 * @param providerEventId  the carrier's id for the event; null when it gives none (then the event is known by
 *                         tracking number, code and time)
 * @param code             the carrier's own status code, as received
 * @param milestone        the code mapped; {@link Milestone#UNKNOWN} when the map has no entry
 * @param flags            beside the milestone
 * @param localTime        the event's time as the carrier gave it, without zone; null when it gave none
 * @param offsetSeconds    the offset of {@code localTime} from UTC; null when no zone is known
 * @param zoneSource       where the offset came from; null when there is no time
 * @param location         where it happened, in the carrier's words; may be null
 * @param description      the carrier's words for the event; may be null
 * @param signer           who signed for a delivery, when the carrier says
 * @param proofOfDelivery  the carrier's profile lets its delivery with a signer count as the customer's sign-off
 * @param receivedAt       when Orderflow received it
 */
public record TrackingEvent(String carrier, String trackingNumber, String providerEventId, String code,
                            Milestone milestone, Set<TrackingFlag> flags, LocalDateTime localTime,
                            Integer offsetSeconds, ZoneSource zoneSource, String location, String description,
                            String signer, boolean proofOfDelivery, Instant receivedAt) {

    public TrackingEvent {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** The instant it happened, when its time and zone are known; null otherwise (then ordered by arrival). */
    public Instant instant() {
        return localTime == null || offsetSeconds == null ? null
                : localTime.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
