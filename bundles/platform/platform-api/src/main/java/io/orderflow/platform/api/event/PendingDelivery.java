package io.orderflow.platform.api.event;

/**
 * An event due for one subscriber.
 *
 * @param position     the event's place in the outbox, the key of its deliveries
 * @param subscriberId the subscriber
 * @param event        the event
 * @param attempts     failed attempts so far
 */
public record PendingDelivery(long position, String subscriberId, DomainEvent event, int attempts) {
}
