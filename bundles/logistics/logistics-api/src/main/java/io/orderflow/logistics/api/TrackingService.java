package io.orderflow.logistics.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Carriers' events applied to shipments (docs/business-rules.md §8): each event goes into the shipment's history, once;
 * the shipment's milestone only moves forward and a terminal one sticks; {@code logistics/TRACKING_UPDATED} is
 * appended when the milestone or flags change; a DELIVERED leaves the shipment AWAITING_SIGNOFF, unless it carries a
 * signer and the carrier's proof of delivery counts, which signs the shipment off.
 */
@ProviderType
public interface TrackingService {

    /** What became of one event. */
    enum Outcome {
        /** Kept in the history (and the milestone moved where it was further). */
        APPLIED,
        /** Known already, by the carrier's event id or by tracking number, code and time: nothing changed. */
        DUPLICATE,
        /** No shipment has this tracking number (yet): the caller keeps it and tries again later. */
        UNMATCHED
    }

    /**
     * Applies the events in one transaction, in the order given. An event without {@code receivedAt} arrived now; the
     * carrier's words (location, description, signer) longer than kept are cut.
     *
     * @return one outcome per event, in the same order
     * @throws io.orderflow.platform.api.error.ValidationException for an event without carrier, tracking number, code
     *                                                             or milestone, with one of them (or the event id)
     *                                                             too long, or an offset beyond ±18 hours; nothing is
     *                                                             applied then
     */
    List<Outcome> record(List<TrackingEvent> events);

    /**
     * A shipment's tracking: its milestone ({@link Milestone#UNKNOWN} until an event moved it), flags and history,
     * ordered by instant where known, else by arrival; empty when there is no such shipment.
     */
    Optional<Tracking> tracking(String shipmentId);

    /**
     * @param milestone the furthest milestone so far
     * @param flags     those of the latest event that carried any
     * @param history   every event kept, in order
     */
    record Tracking(String shipmentId, Milestone milestone, Set<TrackingFlag> flags,
                    List<TrackingEvent> history) {
    }
}
