package io.orderflow.platform.api.event;

import java.sql.Connection;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes a subscriber idempotent: it records the applied event id in the subscriber's own schema, in the same
 * transaction as the event's effect, so a redelivery after a crash has no second effect. {@link IdempotentSubscriber}
 * does this for a subscriber; call it directly only where the effect is not a subscriber's.
 */
@ProviderType
public interface AppliedEvents {

    /** Creates {@code <schema>.APPLIED_EVENT} when it does not exist yet; call it once when the subscriber starts. */
    void prepare(String schema);

    /**
     * Records that {@code subscriberId} applies {@code eventId}, inside the caller's transaction.
     *
     * @return true the first time; false when the event was applied before (then skip the effect)
     * @throws IllegalStateException wrapping the SQL failure
     */
    boolean markApplied(Connection transaction, String schema, String subscriberId, UUID eventId);
}
