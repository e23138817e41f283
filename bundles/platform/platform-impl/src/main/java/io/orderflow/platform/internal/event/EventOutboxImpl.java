package io.orderflow.platform.internal.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes events to PLATFORM.OUTBOX_EVENT on the caller's connection, so they share the caller's transaction. */
@Component(service = EventOutbox.class)
public final class EventOutboxImpl implements EventOutbox {

    private static final String INSERT = "INSERT INTO PLATFORM.OUTBOX_EVENT"
            + " (EVENT_ID, EVENT_TYPE, AGGREGATE_ID, OCCURRED_AT, SCHEMA_VERSION, PAYLOAD) VALUES (?, ?, ?, ?, ?, ?)";

    private final ObjectMapper json = new ObjectMapper();

    /** @param schema referenced so that the PLATFORM tables exist before the first append */
    @Activate
    public EventOutboxImpl(@Reference SchemaMigrations schema) {
        // the reference alone orders activation after the PLATFORM migration
    }

    @Override
    public void append(Connection transaction, DomainEvent event) {
        try (PreparedStatement ps = transaction.prepareStatement(INSERT)) {
            ps.setString(1, event.id().toString());
            ps.setString(2, event.type());
            ps.setString(3, event.aggregateId());
            ps.setTimestamp(4, Timestamp.from(event.occurredAt()));
            ps.setInt(5, event.schemaVersion());
            ps.setString(6, json.writeValueAsString(event.payload()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append event " + event.type() + " for " + event.aggregateId(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of " + event.type() + " is not JSON-serialisable", e);
        }
    }
}
