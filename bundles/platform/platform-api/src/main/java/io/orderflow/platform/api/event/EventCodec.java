package io.orderflow.platform.api.event;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one translation between typed payloads ({@link EventPayload} records) and the event envelope's payload, the
 * shape the outbox stores as JSON. A platform service; departments append with
 * {@link EventOutbox#append(java.sql.Connection, String, Instant, EventPayload)} and read with {@link #payload}.
 */
@ProviderType
public interface EventCodec {

    /** A new event of the payload's type and schema version, with a fresh id. */
    DomainEvent toEvent(String aggregateId, Instant occurredAt, EventPayload payload);

    /**
     * The event's payload as {@code type}, which must be the record of the event's type. Keys the record does not
     * know are ignored; a component missing from the payload is null (0 or false for a primitive).
     *
     * @throws IllegalArgumentException naming the event's type, id and the component, when a
     *                                  {@link EventPayload.Required} component is missing or blank, a value does not
     *                                  fit its component, or the event was written in a newer schema version
     */
    <T extends EventPayload> T payload(DomainEvent event, Class<T> type);
}
