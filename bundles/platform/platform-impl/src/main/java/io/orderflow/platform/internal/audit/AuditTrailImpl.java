package io.orderflow.platform.internal.audit;

import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** PLATFORM.AUDIT_ENTRY: insert and select only; the table's triggers refuse updates and deletes. */
@Component(service = AuditTrail.class)
public final class AuditTrailImpl implements AuditTrail {

    private static final String INSERT = "INSERT INTO PLATFORM.AUDIT_ENTRY"
            + " (OCCURRED_AT, ACTOR, ACTOR_ROLE, ACTION, SUBJECT, REASON, DETAILS) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final int ACTOR_MAX = 100;
    private static final int SUBJECT_MAX = 200;
    private static final int REASON_MAX = 2000;
    private static final int DETAILS_MAX = 4000;

    private final DataSource dataSource;

    /** @param schema referenced so that the PLATFORM tables exist before the first record */
    @Activate
    public AuditTrailImpl(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                          @Reference SchemaMigrations schema) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Connection transaction, AuditRecord record) {
        try (PreparedStatement ps = transaction.prepareStatement(INSERT)) {
            ps.setTimestamp(1, Timestamp.from(record.occurredAt()));
            // values typed by anyone (a user name at a failed login) must not fail the record by their length
            ps.setString(2, truncate(record.actor(), ACTOR_MAX));
            ps.setString(3, record.role());
            ps.setString(4, record.action());
            ps.setString(5, truncate(record.subject(), SUBJECT_MAX));
            ps.setString(6, truncate(record.reason(), REASON_MAX));
            ps.setString(7, truncate(record.details(), DETAILS_MAX));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record audit entry " + record.action() + " " + record.subject(), e);
        }
    }

    @Override
    public void record(AuditRecord record) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            record(c, record);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record audit entry " + record.action() + " " + record.subject(), e);
        }
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ID, OCCURRED_AT, ACTOR, ACTOR_ROLE, ACTION, SUBJECT, REASON, DETAILS"
                + " FROM PLATFORM.AUDIT_ENTRY WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.subject() != null) {
            sql.append(" AND SUBJECT = ?");
            params.add(query.subject());
        }
        if (query.from() != null) {
            sql.append(" AND OCCURRED_AT >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND OCCURRED_AT < ?");
            params.add(Timestamp.from(query.to()));
        }
        sql.append(" ORDER BY ID DESC");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.setMaxRows(query.limit());
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), new AuditRecord(rs.getTimestamp(2).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8))));
                }
            }
            Collections.reverse(entries);
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
