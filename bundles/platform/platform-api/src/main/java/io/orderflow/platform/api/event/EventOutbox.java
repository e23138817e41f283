package io.orderflow.platform.api.event;

import java.sql.Connection;
import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Appends domain events to the platform outbox. The event is written on the caller's connection, so it commits or
 * rolls back with the caller's own state change; a relay delivers committed events to subscribers.
 */
@ProviderType
public interface EventOutbox {

    /**
     * Writes the event inside the caller's open transaction. Departments using JPA pass
     * {@code em.unwrap(Connection.class)} and must not close it.
     *
     * @throws IllegalStateException wrapping the SQL failure; the caller's transaction should then roll back
     */
    void append(Connection transaction, DomainEvent event);

    /**
     * Writes the event of a typed payload ({@link EventCodec#toEvent}) inside the caller's open transaction.
     *
     * @return the event written
     * @throws IllegalStateException wrapping the SQL failure; the caller's transaction should then roll back
     */
    DomainEvent append(Connection transaction, String aggregateId, Instant occurredAt, EventPayload payload);
}
