package io.orderflow.platform.internal.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.orderflow.platform.api.event.DomainEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Outbox rows for tests, their PAYLOAD text written with ' for " to be readable. */
final class OutboxRows {

    private OutboxRows() {
    }

    /** The payload map of a PAYLOAD text, as the outbox reads it. */
    static Map<String, Object> payload(String singleQuotedJson) {
        try {
            return EventJson.payload(singleQuotedJson.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(singleQuotedJson, e);
        }
    }

    /** An event as the outbox reads a row of {@code type} with that PAYLOAD text and schema version 1. */
    static DomainEvent row(String type, String singleQuotedJson) {
        return new DomainEvent(UUID.randomUUID(), type, "SO-2026-000001", Instant.parse("2026-11-22T08:00:00Z"), 1,
                payload(singleQuotedJson));
    }

    /** The event as it is read back after being written to the outbox. */
    static DomainEvent stored(DomainEvent event) {
        return new DomainEvent(event.id(), event.type(), event.aggregateId(), event.occurredAt(), event.schemaVersion(),
                payload(EventJson.payload(event)));
    }
}
