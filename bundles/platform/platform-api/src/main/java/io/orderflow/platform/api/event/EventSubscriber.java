package io.orderflow.platform.api.event;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department's listener for domain events, registered as an OSGi service. The relay hands it every committed event
 * of the types it wants, per aggregate in the order they were written, at least once: {@link #onEvent} must be
 * idempotent, which {@link AppliedEvents} makes easy.
 * <p>
 * A bundle lists the ids of the subscribers it provides in its manifest, {@code Orderflow-Subscribers: <id>, …}, so
 * that their events are kept for them while the bundle is installed but stopped, updating or failing to start.
 */
@ConsumerType
public interface EventSubscriber {

    /** The manifest header listing a bundle's subscriber ids. */
    String MANIFEST_HEADER = "Orderflow-Subscribers";

    /** A stable id, e.g. {@code sales-order.timeline}; deliveries are recorded under it. */
    String subscriberId();

    /** The event types wanted: exact ({@code sales-order/RECEIVED}) or a whole department ({@code sales-order/*}). */
    Set<String> eventTypes();

    /**
     * Applies the event. Returning normally records it as delivered; throwing makes the relay try again later, after
     * a bounded number of attempts it is parked for this subscriber. Later events of the same aggregate wait.
     */
    void onEvent(DomainEvent event) throws Exception;

    /** True when {@code type} is among {@code wanted}, exactly or through a {@code prefix/*} entry. */
    static boolean wants(Set<String> wanted, String type) {
        if (wanted.contains(type)) {
            return true;
        }
        int slash = type.indexOf('/');
        return slash > 0 && wanted.contains(type.substring(0, slash) + "/*");
    }
}
