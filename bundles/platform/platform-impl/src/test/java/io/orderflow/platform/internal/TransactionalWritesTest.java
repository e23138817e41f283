package io.orderflow.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.internal.audit.AuditTrailImpl;
import io.orderflow.platform.internal.event.EventCodecImpl;
import io.orderflow.platform.internal.event.EventOutboxImpl;
import io.orderflow.platform.internal.schema.PlatformSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox and the audit trail write on the caller's connection: they commit and roll back with its change. */
class TransactionalWritesTest {

    private final DataSource ds = DerbyMemory.newDatabase();
    private EventOutboxImpl outbox;
    private AuditTrailImpl audit;

    @BeforeEach
    void schema() {
        var migrations = PlatformSchema.migrated(ds);
        outbox = new EventOutboxImpl(migrations, new EventCodecImpl());
        audit = new AuditTrailImpl(ds, migrations);
    }

    private void writeBoth(Connection c, String orderNo) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO APP.ORDERS VALUES ('" + orderNo + "')");
        }
        outbox.append(c, DomainEvent.of("sample/RECEIVED", orderNo, Instant.now(), Map.of("lines", 2)));
        audit.record(c, new AuditRecord(Instant.now(), "ann", "sales-rep", "ORDER_RECEIVED", orderNo, null, null));
    }

    private int count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void rolledBackChangeLeavesNoEventAndNoAuditEntry() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE APP.ORDERS (ORDER_NO VARCHAR(20))");
        }
        try (Connection c = DerbyMemory.transaction(ds)) {
            writeBoth(c, "SO-1");
            c.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM APP.ORDERS"));
        assertEquals(0, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT"));
        assertEquals(List.of(), audit.find(new AuditQuery("SO-1", null, null, 10)));

        try (Connection c = DerbyMemory.transaction(ds)) {
            writeBoth(c, "SO-2");
            c.commit();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM APP.ORDERS"));
        assertEquals(1, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = 'SO-2'"
                + " AND EVENT_TYPE = 'sample/RECEIVED' AND CAST(PAYLOAD AS VARCHAR(100)) = '{\"lines\":2}'"));
        assertEquals("ann", audit.find(new AuditQuery("SO-2", null, null, 10)).get(0).record().actor());
    }

    @Test
    void auditEntriesCannotBeChangedOrRemovedEvenBySql() throws SQLException {
        audit.record(new AuditRecord(Instant.now(), "ann", null, "CONFIG_UPDATED", "orderflow.x", null, "a: 1 -> 2"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE PLATFORM.AUDIT_ENTRY SET ACTOR = 'eve'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM PLATFORM.AUDIT_ENTRY"));
        }
        assertEquals("ann", audit.find(new AuditQuery(null, null, null, 10)).get(0).record().actor());
    }

    @Test
    void auditQueriesFilterBySubjectAndTime() {
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditRecord(t0.plusSeconds(3600L * i), "ann", null, "ORDER_RECEIVED",
                    i % 2 == 0 ? "SO-A" : "SO-B", null, null));
        }
        assertEquals(3, audit.find(new AuditQuery("SO-A", null, null, 10)).size());
        assertEquals(2, audit.find(new AuditQuery(null, t0.plusSeconds(3600), t0.plusSeconds(3 * 3600), 10)).size());
        assertEquals(1, audit.find(new AuditQuery("SO-A", t0.plusSeconds(1), t0.plusSeconds(3 * 3600), 10)).size());
        List<AuditEntry> newest = audit.find(new AuditQuery(null, null, null, 2));
        assertEquals(List.of(t0.plusSeconds(3 * 3600), t0.plusSeconds(4 * 3600)),
                newest.stream().map(e -> e.record().occurredAt()).toList(), "the newest entries, oldest first");
    }
}
