package io.orderflow.platform.internal.event;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.tx.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code <schema>.APPLIED_EVENT}: the events a subscriber has applied, written in the transaction of their effect.
 * The table shape is the platform's; the rows live in the subscriber's schema beside its own data.
 */
@Component(service = {AppliedEvents.class, AppliedEventsImpl.class})
public final class AppliedEventsImpl implements AppliedEvents {

    private static final Pattern SCHEMA = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final String TABLE_EXISTS = "X0Y32";

    private final DataSource dataSource;
    private final Transactions transactions;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    @Activate
    public AppliedEventsImpl(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                             @Reference Transactions transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Override
    public void prepare(String schema) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CREATE TABLE " + table(schema) + " (SUBSCRIBER VARCHAR(100) NOT NULL, EVENT_ID CHAR(36) NOT NULL,"
                    + " APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (SUBSCRIBER, EVENT_ID))");
        } catch (SQLException e) {
            if (!TABLE_EXISTS.equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create " + table(schema), e);
            }
        }
        prepared.add(schema);
    }

    @Override
    public boolean markApplied(Connection transaction, String schema, String subscriberId, UUID eventId) {
        try {
            return transactions.insertOrElse(transaction, tx -> {
                try (PreparedStatement ps = tx.prepareStatement("INSERT INTO " + table(schema)
                        + " (SUBSCRIBER, EVENT_ID, APPLIED_AT) VALUES (?, ?, ?)")) {
                    ps.setString(1, subscriberId);
                    ps.setString(2, eventId.toString());
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    return ps.executeUpdate() == 1;
                }
            }, tx -> false);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot record event " + eventId + " as applied by " + subscriberId, e);
        }
    }

    /**
     * Forgets applications older than {@code cutoff} in the schemas prepared since start, except those whose delivery
     * is not recorded as done yet: that delivery will be made again, and must find the application.
     */
    int purge(Instant cutoff) throws SQLException {
        int removed = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (String schema : prepared) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(schema) + " a WHERE a.APPLIED_AT < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM PLATFORM.EVENT_DELIVERY d JOIN PLATFORM.OUTBOX_EVENT e"
                        + " ON e.SEQ = d.EVENT_SEQ WHERE e.EVENT_ID = a.EVENT_ID AND d.SUBSCRIBER = a.SUBSCRIBER"
                        + " AND d.DELIVERED_AT IS NULL)")) {
                    ps.setTimestamp(1, Timestamp.from(cutoff));
                    removed += ps.executeUpdate();
                }
            }
        }
        return removed;
    }

    private static String table(String schema) {
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        return schema + ".APPLIED_EVENT";
    }
}
