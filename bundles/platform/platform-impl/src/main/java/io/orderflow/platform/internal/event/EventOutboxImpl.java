package io.orderflow.platform.internal.event;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.OutboxListener;
import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes events to PLATFORM.OUTBOX_EVENT on the caller's connection, so they share the caller's transaction. */
@Component(service = EventOutbox.class)
public final class EventOutboxImpl implements EventOutbox {

    private static final String INSERT = "INSERT INTO PLATFORM.OUTBOX_EVENT"
            + " (EVENT_ID, EVENT_TYPE, AGGREGATE_ID, OCCURRED_AT, SCHEMA_VERSION, PAYLOAD) VALUES (?, ?, ?, ?, ?, ?)";

    private static final Logger LOG = LoggerFactory.getLogger(EventOutboxImpl.class);

    @Reference(service = OutboxListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    private volatile List<OutboxListener> listeners;

    private final EventCodec codec;

    /** @param schema referenced so that the PLATFORM tables exist before the first append */
    @Activate
    public EventOutboxImpl(@Reference SchemaMigrations schema, @Reference EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public DomainEvent append(Connection transaction, String aggregateId, Instant occurredAt, EventPayload payload) {
        DomainEvent event = codec.toEvent(aggregateId, occurredAt, payload);
        append(transaction, event);
        return event;
    }

    @Override
    public void append(Connection transaction, DomainEvent event) {
        try (PreparedStatement ps = transaction.prepareStatement(INSERT)) {
            ps.setString(1, event.id().toString());
            ps.setString(2, event.type());
            ps.setString(3, event.aggregateId());
            ps.setTimestamp(4, Timestamp.from(event.occurredAt()));
            ps.setInt(5, event.schemaVersion());
            ps.setString(6, EventJson.payload(event));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append event " + event.type() + " for " + event.aggregateId(), e);
        }
        tell(event);
    }

    private void tell(DomainEvent event) {
        List<OutboxListener> current = listeners;
        if (current != null) {
            for (OutboxListener listener : current) {
                try {
                    listener.appended(event);
                } catch (RuntimeException e) {
                    LOG.debug("Outbox listener {} failed; the event waits for the next poll", listener, e);
                }
            }
        }
    }
}
