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
     * Records deliveries as done, in one transaction: those the subscriber applied, and those it passed over because
     * it does not want their type (a subscriber expected before its wanted types were known gets every event).
     * Recording after the fact is safe: a delivery lost to a crash is made again, and the subscriber is idempotent.
     */
    void delivered(List<PendingDelivery> applied, List<PendingDelivery> passedOver);

    /**
     * Records a failed attempt: the delivery is tried again after a back-off, or parked with the error once the
     * configured number of attempts is reached.
     *
     * @return true when the delivery is now parked
     */
    boolean failed(PendingDelivery delivery, String error);

    /**
     * Removes, once older than the retention period, deliveries done, deliveries still waiting for a subscriber that
     * is no longer expected (its bundle was uninstalled), and then the events left without deliveries.
     *
     * @return the number of events removed
     */
    int purge();
}
