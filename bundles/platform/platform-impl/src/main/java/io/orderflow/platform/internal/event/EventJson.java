package io.orderflow.platform.internal.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.platform.api.event.DomainEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** The outbox's row shape of an event: its payload as JSON text. */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private EventJson() {
    }

    static String payload(DomainEvent event) {
        try {
            return JSON.writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of " + event.type() + " is not JSON-serialisable", e);
        }
    }

    /** Reads EVENT_ID, EVENT_TYPE, AGGREGATE_ID, OCCURRED_AT, SCHEMA_VERSION and PAYLOAD of the current row. */
    static DomainEvent read(ResultSet rs) throws SQLException {
        try {
            return new DomainEvent(UUID.fromString(rs.getString("EVENT_ID")), rs.getString("EVENT_TYPE"),
                    rs.getString("AGGREGATE_ID"), rs.getTimestamp("OCCURRED_AT").toInstant(),
                    rs.getInt("SCHEMA_VERSION"), payload(rs.getString("PAYLOAD")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable payload of event " + rs.getString("EVENT_ID"), e);
        }
    }

    /** The payload map of a PAYLOAD column's text. */
    static Map<String, Object> payload(String json) throws JsonProcessingException {
        return JSON.readValue(json, MAP);
    }
}
