package io.orderflow.platform.testkit;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventPayload;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link EventCodec} for a subscriber under test: it hands each event's payload back as the record it was made
 * from, as the platform's codec does through the stored map (that one needs Jackson, which a department's test class
 * path has not). Events made here are what the relay would deliver.
 */
public final class RecordCodec implements EventCodec {

    private final Map<UUID, EventPayload> payloads = new ConcurrentHashMap<>();

    @Override
    public DomainEvent toEvent(String aggregateId, Instant occurredAt, EventPayload payload) {
        DomainEvent event = DomainEvent.of(payload.eventType(), aggregateId, occurredAt, Map.of());
        payloads.put(event.id(), payload);
        return event;
    }

    @Override
    public <T extends EventPayload> T payload(DomainEvent event, Class<T> type) {
        return type.cast(payloads.get(event.id()));
    }
}
