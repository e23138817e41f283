package io.orderflow.logistics.internal;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.logistics.api.event.TrackingUpdated;
import io.orderflow.logistics.internal.domain.TrackingState;
import io.orderflow.logistics.internal.jpa.LogisticsQueries;
import io.orderflow.logistics.internal.jpa.ShipmentEntity;
import io.orderflow.logistics.internal.jpa.TrackingEventEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carriers' events applied to shipments (docs/business-rules.md §8). An event finds its shipment by the tracking
 * number of one of its packages, is kept once, and the shipment's milestone and flags are what all its events add up
 * to ({@link TrackingState}). A DELIVERED leaves a dispatched shipment AWAITING_SIGNOFF; with a signer, where the
 * carrier's profile lets its proof of delivery count, it signs the shipment off as a user's sign-off would
 * ({@link Deliveries}). A terminal milestone on an undelivered shipment is history only.
 */
@Component(service = TrackingService.class)
public final class TrackingServiceImpl implements TrackingService {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingServiceImpl.class);
    /** The columns of LOGISTICS.TRACKING_EVENT: identifiers longer are refused, the carrier's words clipped. */
    private static final int KEY_MAX = 100;
    private static final int EVENT_ID_MAX = 200;
    private static final int LOCATION_MAX = 200;
    private static final int DESCRIPTION_MAX = 500;
    private static final int SIGNER_MAX = 100;
    private static final int OFFSET_MAX = 18 * 3600;

    private final LogisticsDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final Deliveries deliveries;

    @Activate
    public TrackingServiceImpl(@Reference(target = LogisticsDatabase.UNIT) JpaTemplate jpa,
                               @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                               @Reference EventOutbox outbox, @Reference AuditTrail audit,
                               @Reference BusinessClock clock) {
        this.db = new LogisticsDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.deliveries = new Deliveries(db, outbox, audit, clock);
    }

    @Override
    public List<Outcome> record(List<TrackingEvent> events) {
        List<TrackingEvent> checked = checked(events);
        return db.tx(em -> {
            // each shipment's history is read once per call; the events after the first are folded into it
            Map<String, TrackingState> states = new HashMap<>();
            List<Outcome> outcomes = new ArrayList<>();
            for (TrackingEvent event : checked) {
                outcomes.add(apply(em, event, states));
            }
            return outcomes;
        });
    }

    @Override
    public Optional<Tracking> tracking(String shipmentId) {
        return db.tx(em -> Optional.ofNullable(em.find(ShipmentEntity.class, shipmentId)).map(shipment -> {
            TrackingState state = state(em, shipmentId);
            return new Tracking(shipmentId, state.milestone(), state.flags(), state.history());
        }));
    }

    private Outcome apply(EntityManager em, TrackingEvent event, Map<String, TrackingState> states) {
        Optional<String> shipmentId = LogisticsQueries.shipmentTracked(em, event.trackingNumber());
        if (shipmentId.isEmpty()) {
            return Outcome.UNMATCHED;
        }
        // one shipment's events one at a time: each is folded into what those before it made
        ShipmentEntity shipment = em.find(ShipmentEntity.class, shipmentId.get(), LockModeType.PESSIMISTIC_WRITE);
        String timeKey = TrackingState.timeKey(event);
        if (LogisticsQueries.trackingEventKnown(em, event.carrier(), event.providerEventId(), event.trackingNumber(),
                event.code(), timeKey)) {
            return Outcome.DUPLICATE;
        }
        TrackingState before = states.computeIfAbsent(shipment.id(), id -> state(em, id));
        em.persist(new TrackingEventEntity(shipment.id(), event, timeKey));
        TrackingState after = before.with(event);
        states.put(shipment.id(), after);
        if (after.movedFrom(before)) {
            moved(em, shipment, event, after);
        }
        if (after.milestone() == Milestone.DELIVERED) {
            delivered(em, shipment, event);
        }
        return Outcome.APPLIED;
    }

    private static TrackingState state(EntityManager em, String shipmentId) {
        return TrackingState.of(LogisticsQueries.trackingEvents(em, shipmentId).stream()
                .map(TrackingEventEntity::toRecord).toList());
    }

    private void moved(EntityManager em, ShipmentEntity shipment, TrackingEvent event, TrackingState after) {
        shipment.tracked(after.milestone(), after.flags());
        List<TrackingFlag> flags = List.copyOf(after.flags().isEmpty() ? EnumSet.noneOf(TrackingFlag.class)
                : EnumSet.copyOf(after.flags()));
        Instant now = clock.now();
        audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, Actor.SYSTEM.name(), null,
                "TRACKING_UPDATED", shipment.id(), null, after.milestone() + (flags.isEmpty() ? "" : " " + flags)
                + " per " + event.carrier() + " " + event.trackingNumber() + " (" + event.code() + ")"));
        outbox.append(LogisticsDatabase.connection(em), shipment.orderNumber(), now, new TrackingUpdated(
                shipment.id(), event.trackingNumber(), event.carrier(), after.milestone(), flags, event.code(),
                event.localTime() == null ? "" : event.localTime().toString(),
                event.offsetSeconds() == null ? "" : ZoneOffset.ofTotalSeconds(event.offsetSeconds()).getId(),
                event.zoneSource() == null ? "" : event.zoneSource().name(), event.location()));
        LOG.info("Shipment {} {} {} per {} {}", shipment.id(), after.milestone(), flags, event.carrier(),
                event.trackingNumber());
    }

    /**
     * The carrier delivered: a dispatched shipment waits for its sign-off, which a DELIVERED event with a signer gives
     * where the carrier's proof of delivery counts and the event's time has its offset.
     */
    private void delivered(EntityManager em, ShipmentEntity shipment, TrackingEvent event) {
        if (shipment.status() == ShipmentStatus.DISPATCHED) {
            shipment.delivered();
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(clock.now(), Actor.SYSTEM.name(), null,
                    "AWAITING_SIGNOFF", shipment.id(), null, "delivered per " + event.carrier() + " "
                    + event.trackingNumber()));
        }
        if (shipment.status() == ShipmentStatus.AWAITING_SIGNOFF && event.milestone() == Milestone.DELIVERED
                && event.proofOfDelivery() && event.signer() != null && event.instant() != null) {
            OffsetDateTime signedAt = event.localTime().atOffset(ZoneOffset.ofTotalSeconds(event.offsetSeconds()));
            deliveries.signOff(em, shipment, event.signer(), signedAt, SignOffSource.CARRIER_POD,
                    Actor.SYSTEM.name(), null);
        }
    }

    /**
     * The events as they are kept: identifiers stripped and within their columns, the carrier's words clipped to
     * theirs, the arrival now where the caller gave none.
     *
     * @throws ValidationException naming every problem of every event
     */
    private List<TrackingEvent> checked(List<TrackingEvent> events) {
        if (events == null) {
            throw new ValidationException("events", "is required");
        }
        Instant now = clock.now();
        List<FieldProblem> problems = new ArrayList<>();
        List<TrackingEvent> checked = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TrackingEvent e = events.get(i);
            String field = "events[" + i + "]";
            if (e == null) {
                problems.add(new FieldProblem(field, "is required"));
                continue;
            }
            String carrier = key(e.carrier(), field + ".carrier", KEY_MAX, problems);
            String number = key(e.trackingNumber(), field + ".trackingNumber", KEY_MAX, problems);
            String code = key(e.code(), field + ".code", KEY_MAX, problems);
            String eventId = e.providerEventId() == null || e.providerEventId().isBlank() ? null
                    : key(e.providerEventId(), field + ".providerEventId", EVENT_ID_MAX, problems);
            if (e.milestone() == null) {
                problems.add(new FieldProblem(field + ".milestone", "is required: UNKNOWN for a code not mapped"));
            }
            if (e.offsetSeconds() != null && Math.abs(e.offsetSeconds()) > OFFSET_MAX) {
                problems.add(new FieldProblem(field + ".offsetSeconds", "must be within ±18 hours"));
            }
            checked.add(new TrackingEvent(carrier, number, eventId, code, e.milestone(), e.flags(), e.localTime(),
                    e.offsetSeconds(), e.zoneSource(), clip(e.location(), LOCATION_MAX),
                    clip(e.description(), DESCRIPTION_MAX), clip(e.signer(), SIGNER_MAX), e.proofOfDelivery(),
                    e.receivedAt() == null ? now : e.receivedAt()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return checked;
    }

    private static String key(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(new FieldProblem(field, "is required, at most " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    /** The carrier's words, stripped and at most {@code max} characters; null for none. */
    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
