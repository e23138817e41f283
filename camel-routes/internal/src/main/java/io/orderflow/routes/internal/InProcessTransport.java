package io.orderflow.routes.internal;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Calls the subscriber services registered in this Karaf. */
final class InProcessTransport implements EventTransport {

    private final Supplier<List<EventSubscriber>> subscribers;

    InProcessTransport(Supplier<List<EventSubscriber>> subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public Map<String, Set<String>> reachable() {
        Map<String, Set<String>> reachable = new HashMap<>();
        for (EventSubscriber subscriber : subscribers.get()) {
            reachable.putIfAbsent(subscriber.subscriberId(), Set.copyOf(subscriber.eventTypes()));
        }
        return reachable;
    }

    @Override
    public void send(String subscriberId, DomainEvent event) throws Exception {
        for (EventSubscriber subscriber : subscribers.get()) {
            if (subscriber.subscriberId().equals(subscriberId)) {
                subscriber.onEvent(event);
                return;
            }
        }
        throw new IllegalStateException("subscriber " + subscriberId + " is not registered any more");
    }
}
