package io.orderflow.platform.api.event;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The delivery book of the outbox, per (event, subscriber), for the relay; the relay runs no SQL of its own.
 * Nothing here relies on the order of generated ids across transactions: committed events are found by a flag, and
 * per subscriber what is not yet delivered is selected.
 */
@ProviderType
public interface EventDeliveries {

    /**
     * Opens deliveries for committed events that have none yet, to every expected subscriber (live, listed in the
     * manifest of an installed bundle, or configured) that wants their type.
     *
     * @return the number of events handled, at most {@code max}
     */
    int fanOut(int max);

    /**
     * What {@code subscriberId} should get now, at most {@code max}, in write order: undelivered, not parked, due for
     * (another) attempt, and with no parked or waiting event of the same aggregate before it.
     */
    List<PendingDelivery> due(String subscriberId, int max);

    /**
     * Records the delivery as done; {@code applied} is false when the subscriber does not want the type (a subscriber
     * expected before its wanted types were known receives every event).
     */
    void delivered(PendingDelivery delivery, boolean applied);

    /**
     * Records a failed attempt: the delivery is tried again after a back-off, or parked with the error once the
     * configured number of attempts is reached.
     *
     * @return true when the delivery is now parked
     */
    boolean failed(PendingDelivery delivery, String error);

    /** Removes deliveries done longer ago than the retention period, and events delivered to everyone. */
    int purge();
}
