package io.orderflow.platform.api.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The envelope of a business fact, e.g. {@code sales-order/RECEIVED} for order {@code SO-2026-000001}.
 *
 * @param id            unique id of this event, never null
 * @param type          {@code <department prefix>/<FACT>}, never null
 * @param aggregateId   the business key the event is about (an order number); events of one aggregate keep their order
 * @param occurredAt    when the fact happened, never null
 * @param schemaVersion version of the payload's shape for this type, starting at 1
 * @param payload       ids and small values only (strings, numbers, booleans, lists and maps of those); never entities.
 *                      Departments build it from, and read it as, their {@link EventPayload} records through the
 *                      {@link EventCodec}; the map is the stored shape
 */
public record DomainEvent(UUID id, String type, String aggregateId, Instant occurredAt, int schemaVersion,
                          Map<String, Object> payload) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]*/[A-Z][A-Z_]*");

    /** @throws IllegalArgumentException when a field is missing or the type is not {@code prefix/FACT} */
    public DomainEvent {
        if (id == null || occurredAt == null) {
            throw new IllegalArgumentException("event id and occurredAt are required");
        }
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like 'sales-order/RECEIVED', got " + type);
        }
        if (aggregateId == null || aggregateId.isBlank()) {
            throw new IllegalArgumentException("event aggregateId is required");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("event schemaVersion must be >= 1");
        }
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    /** A new event with a fresh id, the given time and schema version 1; departments use {@link EventCodec#toEvent}. */
    public static DomainEvent of(String type, String aggregateId, Instant occurredAt, Map<String, Object> payload) {
        return new DomainEvent(UUID.randomUUID(), type, aggregateId, occurredAt, 1, payload);
    }
}
