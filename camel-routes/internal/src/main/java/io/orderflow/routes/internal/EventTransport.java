package io.orderflow.routes.internal;

import io.orderflow.platform.api.event.DomainEvent;
import java.util.Map;
import java.util.Set;

/**
 * How an event travels from the relay to a subscriber. In one Karaf it is a call to the subscriber's service; over
 * several Karaf nodes it can be a durable JMS queue per subscriber (Apache Artemis), with the same relay in front.
 */
interface EventTransport {

    /** The subscribers this transport can reach now, with the event types each wants. */
    Map<String, Set<String>> reachable();

    /**
     * Hands the event over. Returning normally means it is safe: applied by the subscriber, or durably queued for
     * it. Throwing means it must be tried again.
     */
    void send(String subscriberId, DomainEvent event) throws Exception;
}
