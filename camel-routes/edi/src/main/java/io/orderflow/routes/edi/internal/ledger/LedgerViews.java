package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.routes.kit.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the ledger shows to people: interchanges, files and counts, read only. */
@Component(service = LedgerViews.class)
public final class LedgerViews {

    private static final String INTERCHANGE = "SELECT * FROM EDI.INTERCHANGE";
    private static final int MAX_ROWS = 500;

    private final EdiDatabase db;

    @Activate
    public LedgerViews(@Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new EdiDatabase(migrations, transactions);
    }

    /**
     * The newest interchanges first.
     *
     * @param partner   null for all partners
     * @param direction null, IN or OUT
     * @param state     null for every state
     */
    public List<InterchangeView> interchanges(String partner, String direction, String state, int limit) {
        return db.tx(tx -> Rows.list(tx, INTERCHANGE + " WHERE (CAST(? AS VARCHAR(35)) IS NULL OR PARTNER = ?)"
                        + " AND (CAST(? AS VARCHAR(3)) IS NULL OR DIRECTION = ?)"
                        + " AND (CAST(? AS VARCHAR(20)) IS NULL OR STATE = ?) ORDER BY ID DESC FETCH FIRST "
                        + Math.max(1, Math.min(limit, MAX_ROWS)) + " ROWS ONLY", LedgerViews::view,
                partner, partner, direction, direction, state, state));
    }

    public Optional<InterchangeView> interchange(long id) {
        return db.tx(tx -> Rows.one(tx, INTERCHANGE + " WHERE ID = ?", LedgerViews::view, id));
    }

    /** Our interchanges the partner has not acknowledged by their due time. */
    public List<InterchangeView> overdue(Instant now) {
        return db.tx(tx -> Rows.list(tx, INTERCHANGE + " WHERE DIRECTION = ? AND STATE = ? AND ACK_DUE_AT < ?"
                + " ORDER BY ACK_DUE_AT", LedgerViews::view, EdiLedger.OUT, InterchangeState.SENT, now));
    }

    /** A file in or out, with its bytes; empty content for a file refused unread. */
    public Optional<StoredFile> document(long id) {
        return db.tx(tx -> Rows.one(tx, "SELECT ID, NAME, CONTENT, STATE FROM EDI.DOCUMENT WHERE ID = ?",
                row -> new StoredFile(row.getLong("ID"), row.getString("NAME"),
                        Optional.ofNullable(row.getBytes("CONTENT")).orElse(new byte[0]), row.getString("STATE")), id));
    }

    /** Files in and out per partner, for every partner the ledger has seen. */
    public List<PartnerCounts> counts() {
        return db.tx(tx -> Rows.list(tx, "SELECT PARTNER,"
                + " SUM(CASE WHEN DIRECTION = 'IN' THEN 1 ELSE 0 END) AS FILES_IN,"
                + " SUM(CASE WHEN DIRECTION = 'IN' AND STATE = 'PROCESSED' THEN 1 ELSE 0 END) AS PROCESSED,"
                + " SUM(CASE WHEN DIRECTION = 'IN' AND STATE = 'REJECTED' THEN 1 ELSE 0 END) AS REJECTED,"
                + " SUM(CASE WHEN DIRECTION = 'IN' AND STATE = 'QUARANTINED' THEN 1 ELSE 0 END) AS QUARANTINED,"
                + " SUM(CASE WHEN DIRECTION = 'IN' AND STATE = 'RECEIVED' THEN 1 ELSE 0 END) AS IN_PROGRESS,"
                + " SUM(CASE WHEN DIRECTION = 'OUT' THEN 1 ELSE 0 END) AS FILES_OUT"
                + " FROM EDI.DOCUMENT GROUP BY PARTNER ORDER BY PARTNER", row -> new PartnerCounts(
                row.getString("PARTNER"), row.getLong("FILES_IN"), row.getLong("PROCESSED"), row.getLong("REJECTED"),
                row.getLong("QUARANTINED"), row.getLong("IN_PROGRESS"), row.getLong("FILES_OUT"))));
    }

    private static InterchangeView view(ResultSet row) throws SQLException {
        String orders = row.getString("ORDERS");
        String warnings = row.getString("WARNINGS");
        long ack = row.getLong("ACK_DOCUMENT_ID");
        Long acknowledgement = row.wasNull() ? null : ack;
        return new InterchangeView(row.getLong("ID"), row.getString("PARTNER"), row.getString("DIRECTION"),
                row.getString("CONTROL_NO"), row.getString("STANDARD"), row.getString("VERSION"),
                row.getString("MESSAGES"), row.getString("STATE"), row.getInt("SETS"), row.getInt("ACCEPTED_SETS"),
                orders == null ? List.of() : List.of(orders.split(",")), row.getString("REASON"),
                warnings == null ? List.of() : List.of(warnings.split("\n")), row.getInt("DUPLICATES"), row.getLong("DOCUMENT_ID"), acknowledgement,
                Rows.instant(row, "ACK_DUE_AT"), Rows.instant(row, "ACK_RECEIVED_AT"), Rows.instant(row, "CREATED_AT"),
                Rows.instant(row, "UPDATED_AT"));
    }
}
