package io.orderflow.routes.carrier.internal.store;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.routes.kit.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The CARRIER schema: every verified webhook kept raw before it is answered, then followed until its events are
 * applied. Plain JDBC in short transactions; a service because the webhook resource, the processing route, the
 * dispatch subscriber and the shell commands share it.
 */
@Component(service = Receipts.class)
public final class Receipts {

    public static final String SCHEMA = "CARRIER";
    private static final Retry RETRY = Retry.transientFailures(5);
    private static final String COLUMNS = "ID, CARRIER, EVENT_ID, RECEIVED_AT, CONTENT_TYPE, HEADERS, STATE, PROBLEM,"
            + " EVENTS, APPLIED_AT";

    private final Transactions transactions;

    @Activate
    public Receipts(@Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        migrations.migrateShipped(SCHEMA, Receipts.class);
        this.transactions = transactions;
    }

    /** What became of a webhook that asked to be kept. */
    public record Kept(long id, boolean replay) {
    }

    /**
     * Keeps a verified webhook, durable when this returns. A second one with the carrier's same event id is a replay:
     * nothing is kept and the first one's id is answered, also when the two arrive at once (the second waits for the
     * first's commit on the unique key, then finds it).
     */
    public Kept keep(String carrier, String eventId, Instant receivedAt, String contentType, String headers,
                     byte[] body) {
        return transactions.jdbc(RETRY, tx -> {
            try {
                // the insert first: a replay is rare, and one statement is what a webhook costs
                return new Kept(Rows.insert(tx, "INSERT INTO CARRIER.RECEIPT (CARRIER, EVENT_ID, RECEIVED_AT,"
                        + " CONTENT_TYPE, HEADERS, BODY, STATE) VALUES (?, ?, ?, ?, ?, ?, ?)", carrier, eventId,
                        receivedAt, contentType, headers, body, ReceiptState.PENDING.name()), false);
            } catch (SQLIntegrityConstraintViolationException replay) {
                // Derby undid the statement only: the transaction goes on to find the first one
                return new Kept(Rows.one(tx, "SELECT ID FROM CARRIER.RECEIPT WHERE CARRIER = ? AND EVENT_ID = ?",
                        row -> row.getLong(1), carrier, eventId).orElseThrow(() -> replay), true);
            }
        });
    }

    /** The oldest receipts waiting to be applied, at most {@code limit}. */
    public List<Receipt> pending(int limit) {
        return transactions.jdbc(RETRY, tx -> Rows.list(tx, "SELECT " + COLUMNS + ", BODY FROM CARRIER.RECEIPT"
                + " WHERE STATE = ? ORDER BY ID FETCH FIRST " + limit + " ROWS ONLY", Receipts::withBody,
                ReceiptState.PENDING.name()));
    }

    /**
     * How a receipt's events were applied; {@code unmatched} are the tracking numbers no shipment has yet (the receipt is
     * applied again when one is dispatched); {@code again} when it was applied before, and may name some still.
     */
    public record Applied(long id, int events, Collection<String> unmatched, boolean again) {
    }

    /** Records how a batch of receipts was applied, in one transaction. */
    public void applied(List<Applied> batch, Instant at) {
        transactions.jdbc(RETRY, tx -> {
            for (Applied applied : batch) {
                if (applied.again()) {
                    Rows.update(tx, "DELETE FROM CARRIER.UNMATCHED WHERE RECEIPT_ID = ?", applied.id());
                }
                for (String trackingNumber : applied.unmatched()) {
                    Rows.update(tx, "INSERT INTO CARRIER.UNMATCHED (RECEIPT_ID, TRACKING_NUMBER) VALUES (?, ?)",
                            applied.id(), trackingNumber);
                }
                Rows.update(tx, "UPDATE CARRIER.RECEIPT SET STATE = ?, EVENTS = ?, PROBLEM = NULL, APPLIED_AT = ?"
                        + " WHERE ID = ?", (applied.unmatched().isEmpty() ? ReceiptState.APPLIED
                        : ReceiptState.UNMATCHED).name(), applied.events(), at, applied.id());
            }
            return null;
        });
    }

    /** A receipt whose body does not read as its carrier's format: kept and listed, never applied. */
    public void unparseable(long id, String problem, Instant at) {
        transactions.jdbc(RETRY, tx -> Rows.update(tx, "UPDATE CARRIER.RECEIPT SET STATE = ?, PROBLEM = ?,"
                + " APPLIED_AT = ? WHERE ID = ?", ReceiptState.UNPARSEABLE.name(), truncated(problem), at, id));
    }

    /** Receipts whose events named one of these tracking numbers before any shipment had it are applied again. */
    public int rematch(Collection<String> trackingNumbers) {
        return transactions.jdbc(RETRY, tx -> {
            int again = 0;
            for (String trackingNumber : trackingNumbers) {
                again += Rows.update(tx, "UPDATE CARRIER.RECEIPT SET STATE = ? WHERE STATE = ? AND ID IN"
                        + " (SELECT RECEIPT_ID FROM CARRIER.UNMATCHED WHERE TRACKING_NUMBER = ?)",
                        ReceiptState.PENDING.name(), ReceiptState.UNMATCHED.name(), trackingNumber);
            }
            return again;
        });
    }

    /** The newest receipts, of one carrier and/or in one state (null for any). */
    public List<Receipt> list(String carrier, ReceiptState state, int limit) {
        return transactions.jdbc(RETRY, tx -> Rows.list(tx, "SELECT " + COLUMNS + " FROM CARRIER.RECEIPT"
                + " WHERE (CAST(? AS VARCHAR(35)) IS NULL OR CARRIER = ?) AND (CAST(? AS VARCHAR(20)) IS NULL OR STATE = ?)"
                + " ORDER BY ID DESC FETCH FIRST " + limit + " ROWS ONLY", Receipts::withoutBody, carrier, carrier,
                state == null ? null : state.name(), state == null ? null : state.name()));
    }

    /** How many receipts each carrier sent, per state. */
    public List<Count> counts() {
        return transactions.jdbc(RETRY, tx -> Rows.list(tx, "SELECT CARRIER, STATE, COUNT(*) FROM CARRIER.RECEIPT"
                + " GROUP BY CARRIER, STATE ORDER BY CARRIER, STATE", row -> new Count(row.getString(1),
                ReceiptState.valueOf(row.getString(2)), row.getLong(3))));
    }

    /** The tracking numbers still waiting for a shipment, with the receipts that named them. */
    public List<Unmatched> unmatched() {
        return transactions.jdbc(RETRY, tx -> Rows.list(tx, "SELECT U.TRACKING_NUMBER, R.CARRIER, R.ID, R.RECEIVED_AT"
                + " FROM CARRIER.UNMATCHED U JOIN CARRIER.RECEIPT R ON R.ID = U.RECEIPT_ID ORDER BY R.ID",
                row -> new Unmatched(row.getString(1), row.getString(2), row.getLong(3),
                        Rows.instant(row, "RECEIVED_AT"))));
    }

    /** Receipts per carrier and state. */
    public record Count(String carrier, ReceiptState state, long receipts) {
    }

    /** A tracking number no shipment had when its carrier's event came. */
    public record Unmatched(String trackingNumber, String carrier, long receipt, Instant receivedAt) {
    }

    private static Receipt withBody(ResultSet row) throws SQLException {
        return receipt(row, row.getBytes("BODY"));
    }

    private static Receipt withoutBody(ResultSet row) throws SQLException {
        return receipt(row, null);
    }

    private static Receipt receipt(ResultSet row, byte[] body) throws SQLException {
        int events = row.getInt("EVENTS");
        Integer applied = row.wasNull() ? null : events; // asked at once: wasNull is about the last column read
        return new Receipt(row.getLong("ID"), row.getString("CARRIER"), row.getString("EVENT_ID"),
                Rows.instant(row, "RECEIVED_AT"), row.getString("CONTENT_TYPE"), row.getString("HEADERS"),
                ReceiptState.valueOf(row.getString("STATE")), row.getString("PROBLEM"), applied,
                Rows.instant(row, "APPLIED_AT"), body);
    }

    private static String truncated(String problem) {
        return problem == null || problem.length() <= 2000 ? problem : problem.substring(0, 2000);
    }
}
