package io.orderflow.platform.internal.event;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.SubscriberDirectory.Subscriber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the operators see of the delivery book, and the replay of parked deliveries. */
@Component(service = EventBook.class)
public final class EventBook {

    /**
     * One subscriber's deliveries, within the retention period.
     *
     * @param lag how long its oldest undelivered event has waited, zero when none waits
     */
    public record SubscriberStatus(String subscriber, String bundle, Set<String> types, boolean live, long delivered,
                                   long pending, long parked, Duration lag) {
    }

    /** A delivery parked after its last failed attempt. */
    public record ParkedDelivery(UUID eventId, String type, String aggregateId, Instant occurredAt, String subscriber,
                                 int attempts, Instant parkedAt, String error) {
    }

    private record Counts(long delivered, long pending, long parked, Instant oldestUndelivered) {
    }

    private final DataSource dataSource;
    private final SubscriberDirectory directory;
    private final EventDeliveriesImpl deliveries;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public EventBook(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                     @Reference SubscriberDirectory directory, @Reference EventDeliveriesImpl deliveries,
                     @Reference AuditTrail audit) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.deliveries = deliveries;
        this.audit = audit;
    }

    public List<SubscriberStatus> subscribers() {
        Map<String, Counts> counts = counts();
        Instant now = clock.instant();
        List<SubscriberStatus> result = new ArrayList<>();
        for (Subscriber s : directory.all()) {
            Counts c = counts.getOrDefault(s.id(), new Counts(0, 0, 0, null));
            result.add(new SubscriberStatus(s.id(), s.bundle(), s.types(), s.live(), c.delivered(), c.pending(),
                    c.parked(), c.oldestUndelivered() == null ? Duration.ZERO : Duration.between(c.oldestUndelivered(), now)));
        }
        return result;
    }

    private Map<String, Counts> counts() {
        String sql = "SELECT d.SUBSCRIBER,"
                + " SUM(CASE WHEN d.DELIVERED_AT IS NOT NULL AND d.APPLIED = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.DELIVERED_AT IS NULL AND d.PARKED_AT IS NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.DELIVERED_AT IS NULL AND d.PARKED_AT IS NOT NULL THEN 1 ELSE 0 END),"
                + " MIN(CASE WHEN d.DELIVERED_AT IS NULL THEN e.OCCURRED_AT END)"
                + " FROM PLATFORM.EVENT_DELIVERY d JOIN PLATFORM.OUTBOX_EVENT e ON e.SEQ = d.EVENT_SEQ"
                + " GROUP BY d.SUBSCRIBER";
        Map<String, Counts> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp oldest = rs.getTimestamp(5);
                counts.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        oldest == null ? null : oldest.toInstant()));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count deliveries", e);
        }
    }

    public List<ParkedDelivery> parked() {
        String sql = "SELECT e.EVENT_ID, e.EVENT_TYPE, e.AGGREGATE_ID, e.OCCURRED_AT, d.SUBSCRIBER, d.ATTEMPTS,"
                + " d.PARKED_AT, d.LAST_ERROR FROM PLATFORM.EVENT_DELIVERY d JOIN PLATFORM.OUTBOX_EVENT e"
                + " ON e.SEQ = d.EVENT_SEQ WHERE d.PARKED_AT IS NOT NULL AND d.DELIVERED_AT IS NULL ORDER BY d.EVENT_SEQ";
        List<ParkedDelivery> parked = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                parked.add(new ParkedDelivery(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)));
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list parked deliveries", e);
        }
    }

    /**
     * Puts parked deliveries back in line with fresh attempts, on behalf of {@code actor}, audited: those of one event
     * (for one subscriber, or all when {@code subscriber} is null), or every parked delivery when {@code eventId} is
     * null.
     *
     * @return how many deliveries were put back
     * @throws NotFoundException when {@code eventId} names no parked delivery
     */
    public int replay(Actor actor, UUID eventId, String subscriber) {
        int replayed = deliveries.replay(eventId, subscriber);
        if (replayed == 0 && eventId != null) {
            throw new NotFoundException("no parked delivery of event " + eventId
                    + (subscriber == null ? "" : " for " + subscriber));
        }
        if (replayed > 0) {
            audit.record(new AuditRecord(clock.instant(), actor.name(), actor.actingRole(Roles.ADMIN), "EVENTS_REPLAYED",
                    eventId == null ? "all parked events" : eventId.toString(), null, replayed + " delivery(ies)"
                    + (subscriber == null ? "" : " for " + subscriber)));
        }
        return replayed;
    }
}
