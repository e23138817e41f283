package io.orderflow.routes.internal;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.event.EventDeliveries;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.PendingDelivery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of the relay: open deliveries for newly committed events, then hand each reachable subscriber what is
 * due for it, in write order per aggregate. A failure holds back the rest of its aggregate for that subscriber, never
 * other aggregates or other subscribers. A subscriber that goes away during its batch (its bundle is being updated)
 * simply stops receiving; its remaining events wait, with no attempt counted against them. So does an event whose
 * subscriber needs another department that is away. Plain Java, so that it is tested without Camel.
 */
final class OutboxRelay {

    private final EventDeliveries deliveries;
    private final EventTransport transport;
    private final int batchSize;

    OutboxRelay(EventDeliveries deliveries, EventTransport transport, int batchSize) {
        this.deliveries = deliveries;
        this.transport = transport;
        this.batchSize = batchSize;
    }

    /** Opens deliveries for new events; returns how many events it took. */
    int fanOut() {
        return deliveries.fanOut(batchSize);
    }

    /** The subscribers to serve in this pass. */
    Set<String> subscribers() {
        return transport.reachable().keySet();
    }

    /**
     * Hands {@code subscriberId} what is due for it now.
     *
     * @return the number of deliveries completed
     */
    int deliver(String subscriberId) {
        Set<String> wanted = transport.reachable().get(subscriberId);
        if (wanted == null) {
            return 0; // gone since the pass began; its deliveries wait
        }
        List<PendingDelivery> due = deliveries.due(subscriberId, batchSize);
        Set<String> heldBack = new HashSet<>();
        List<PendingDelivery> applied = new ArrayList<>();
        List<PendingDelivery> passedOver = new ArrayList<>();
        try {
            for (PendingDelivery delivery : due) {
                String aggregate = delivery.event().aggregateId();
                if (heldBack.contains(aggregate)) {
                    continue;
                }
                if (!EventSubscriber.wants(wanted, delivery.event().type())) {
                    passedOver.add(delivery);
                    continue;
                }
                try {
                    transport.send(subscriberId, delivery.event());
                    applied.add(delivery);
                } catch (Exception e) {
                    if (!transport.reachable().containsKey(subscriberId)) {
                        break; // it went away (a bundle update): not the event's fault, so no attempt is used up
                    }
                    heldBack.add(aggregate);
                    if (!DepartmentUnavailableException.isCause(e)) {
                        deliveries.failed(delivery, describe(e));
                    } // else a department it needs is away: the event waits for the next pass, no attempt used up
                }
            }
        } finally {
            // one transaction for the whole batch; what a crash loses here is delivered again, harmlessly
            deliveries.delivered(applied, passedOver);
        }
        return applied.size() + passedOver.size();
    }

    int purge() {
        return deliveries.purge();
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            sb.append(" / caused by ").append(cause);
        }
        return sb.toString();
    }
}
