package io.orderflow.routes.carrier.internal.signature;

import java.util.Objects;

/**
 * The outcome of checking one webhook's signature.
 *
 * @param status  whether the request is authentic, and if not, why it is refused
 * @param eventId the provider's event id when the scheme carries one in a signed header ({@code webhook-id} for
 *                Standard Webhooks) and the request is valid; otherwise null
 * @param reason  a short text for logs and the receipt ledger; it names headers and the position of the active secret
 *                that matched, and never contains a secret, a key or an expected signature
 */
public record Verdict(Status status, String eventId, String reason) {

    /** What a carrier is answered follows from this: only VALID is accepted, the others are 401. */
    public enum Status {
        /** Signed with one of the active secrets (and, where the scheme has one, within the tolerance window). */
        VALID,
        /** A signature or token is present but does not match, or cannot be read. */
        INVALID,
        /** Authentic, but its timestamp lies outside the tolerance window: a replay or a sender's wrong clock. */
        STALE,
        /** A header or the token the scheme needs is absent. */
        MISSING
    }

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status != Status.VALID && eventId != null) {
            throw new IllegalArgumentException("only a valid verdict names an event id");
        }
    }

    /** Whether the request may be accepted. */
    public boolean isValid() {
        return status == Status.VALID;
    }

    static Verdict valid(String eventId, int secretPosition) {
        return new Verdict(Status.VALID, eventId, "matches active secret " + secretPosition);
    }

    static Verdict invalid(String reason) {
        return new Verdict(Status.INVALID, null, reason);
    }

    static Verdict stale(String reason) {
        return new Verdict(Status.STALE, null, reason);
    }

    static Verdict missing(String header) {
        return new Verdict(Status.MISSING, null, "no " + header);
    }
}
