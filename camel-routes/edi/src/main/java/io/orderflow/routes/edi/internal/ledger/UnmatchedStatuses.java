package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.routes.kit.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Carriers' statuses logistics could not match to a shipment yet (table {@code EDI.TRACKING_UNMATCHED}): kept once
 * each, found by tracking number when a shipment with that number is dispatched, and marked once logistics took them.
 */
@Component(service = UnmatchedStatuses.class)
public final class UnmatchedStatuses {

    private static final int MAX_ROWS = 500;

    private final EdiDatabase db;

    @Activate
    public UnmatchedStatuses(@Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new EdiDatabase(migrations, transactions);
    }

    /**
     * A status kept.
     *
     * @param appliedAt when logistics took it; null while it waits
     */
    public record Kept(long id, long interchangeId, TrackingEvent event, Instant appliedAt) {
    }

    /** Keeps the statuses of an interchange; one kept before (a re-run after a crash) is not kept twice. */
    public void keep(long interchangeId, List<TrackingEvent> events) {
        db.txFirstInsert(tx -> {
            for (TrackingEvent e : events) {
                if (Rows.one(tx, "SELECT 1 FROM EDI.TRACKING_UNMATCHED WHERE PARTNER = ? AND EVENT_ID = ?",
                        row -> 1, e.carrier(), e.providerEventId()).isEmpty()) {
                    Rows.update(tx, "INSERT INTO EDI.TRACKING_UNMATCHED (PARTNER, INTERCHANGE_ID, TRACKING_NO,"
                                    + " EVENT_ID, CODE, MILESTONE, FLAGS, LOCAL_TIME, OFFSET_SECONDS, ZONE_SOURCE,"
                                    + " LOCATION, DESCRIPTION, SIGNER, PROOF_OF_DELIVERY, RECEIVED_AT)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.carrier(), interchangeId,
                            e.trackingNumber(), e.providerEventId(), e.code(), e.milestone().name(),
                            e.flags().isEmpty() ? null : e.flags().stream().map(Enum::name).sorted()
                                    .collect(Collectors.joining(",")),
                            e.localTime() == null ? null : e.localTime().toString(), e.offsetSeconds(),
                            e.zoneSource() == null ? null : e.zoneSource().name(), cut(e.location(), 255),
                            cut(e.description(), 1000), cut(e.signer(), 255), e.proofOfDelivery(), e.receivedAt());
                }
            }
            return null;
        });
    }

    /** The statuses waiting for one of these tracking numbers, in the order they came. */
    public List<Kept> waitingFor(Collection<String> trackingNumbers) {
        List<Kept> found = new ArrayList<>();
        for (String number : Set.copyOf(trackingNumbers)) {
            found.addAll(db.tx(tx -> Rows.list(tx, "SELECT * FROM EDI.TRACKING_UNMATCHED WHERE TRACKING_NO = ?"
                    + " AND APPLIED_AT IS NULL ORDER BY ID", UnmatchedStatuses::kept, number)));
        }
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found;
    }

    /** Logistics took these statuses: they wait no longer. */
    public void applied(Collection<Long> ids, Instant now) {
        db.tx(tx -> {
            for (long id : ids) {
                Rows.update(tx, "UPDATE EDI.TRACKING_UNMATCHED SET APPLIED_AT = ? WHERE ID = ? AND APPLIED_AT IS NULL",
                        now, id);
            }
            return null;
        });
    }

    /**
     * The statuses still waiting, the newest first.
     *
     * @param partner null for every partner
     */
    public List<Kept> waiting(String partner, int limit) {
        return db.tx(tx -> Rows.list(tx, "SELECT * FROM EDI.TRACKING_UNMATCHED WHERE APPLIED_AT IS NULL"
                        + " AND (CAST(? AS VARCHAR(35)) IS NULL OR PARTNER = ?) ORDER BY ID DESC FETCH FIRST "
                        + Math.max(1, Math.min(limit, MAX_ROWS)) + " ROWS ONLY", UnmatchedStatuses::kept,
                partner, partner));
    }

    private static Kept kept(ResultSet row) throws SQLException {
        String flags = row.getString("FLAGS");
        String localTime = row.getString("LOCAL_TIME");
        int offset = row.getInt("OFFSET_SECONDS");
        Integer offsetSeconds = row.wasNull() ? null : offset;
        String zone = row.getString("ZONE_SOURCE");
        TrackingEvent event = new TrackingEvent(row.getString("PARTNER"), row.getString("TRACKING_NO"),
                row.getString("EVENT_ID"), row.getString("CODE"), Milestone.valueOf(row.getString("MILESTONE")),
                flags == null ? Set.of() : Arrays.stream(flags.split(",")).map(TrackingFlag::valueOf)
                        .collect(Collectors.toSet()),
                localTime == null ? null : LocalDateTime.parse(localTime), offsetSeconds,
                zone == null ? null : ZoneSource.valueOf(zone), row.getString("LOCATION"),
                row.getString("DESCRIPTION"), row.getString("SIGNER"), row.getBoolean("PROOF_OF_DELIVERY"),
                Rows.instant(row, "RECEIVED_AT"));
        return new Kept(row.getLong("ID"), row.getLong("INTERCHANGE_ID"), event, Rows.instant(row, "APPLIED_AT"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
