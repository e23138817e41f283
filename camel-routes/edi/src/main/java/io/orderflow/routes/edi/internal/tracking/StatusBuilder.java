package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.StatusCodes;
import io.orderflow.routes.edi.internal.syntax.ErrorKind;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statuses of one set as they are read, each made a {@link TrackingEvent} in the partner's terms: the partner is
 * the carrier, its code map gives milestone and flags, its profile says whether a delivery's signer is proof of
 * delivery. A status the set does not say enough about is a problem of the set, named where it is.
 */
final class StatusBuilder {

    private final Partner partner;
    private final String eventIds;
    private final Instant receivedAt;
    private final List<TrackingEvent> events = new ArrayList<>();
    private final List<SyntaxError> problems = new ArrayList<>();

    /** @param eventIds the set's place in the partner's interchanges: with a status's number, its event id */
    StatusBuilder(Partner partner, String eventIds, Instant receivedAt) {
        this.partner = partner;
        this.eventIds = eventIds;
        this.receivedAt = receivedAt;
    }

    /** What one status says; empty strings for what it leaves out. */
    record Status(String trackingNumber, Location trackingAt, String code, String reason, Location codeAt,
                  EventTime time, String location, String description, String signer) {
    }

    /** The status's meaning in the partner's code map, for a mapper that reads more of it only for some. */
    StatusCodes.Meaning meaning(String code, String reason) {
        return partner.statuses().codes().meaning(code, reason);
    }

    void add(Status status) {
        if (status.trackingNumber().isEmpty()) {
            problems.add(new SyntaxError(status.trackingAt(), ErrorKind.MANDATORY_ELEMENT_MISSING,
                    "status " + status.code() + " names no tracking number"));
            return;
        }
        if (status.code().isEmpty()) {
            problems.add(new SyntaxError(status.codeAt(), ErrorKind.MANDATORY_ELEMENT_MISSING,
                    "a status of " + status.trackingNumber() + " has no status code"));
            return;
        }
        StatusCodes.Meaning meaning = meaning(status.code(), status.reason());
        String code = status.reason().isEmpty() ? status.code() : status.code() + "/" + status.reason();
        EventTime time = status.time();
        events.add(new TrackingEvent(partner.id(), status.trackingNumber(), eventIds + "/" + (events.size() + 1),
                code, meaning.milestone(), meaning.flags(), time.local(), time.offsetSeconds(), time.source(),
                blankToNull(status.location()), blankToNull(status.description()),
                meaning.milestone() == Milestone.DELIVERED ? blankToNull(status.signer()) : null,
                partner.statuses().proofOfDelivery(), receivedAt));
    }

    MappedStatuses build() {
        return new MappedStatuses(List.copyOf(events), List.copyOf(problems));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
