package io.orderflow.logistics.internal.domain;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A shipment's tracking as its carriers' events make it (docs/business-rules.md §8), immutable. Events may come late,
 * twice or in any order; the state converges all the same, because each part of it is the greatest event of the set
 * under a fixed order, never the last one applied:
 * <ul>
 * <li>the milestone: the first terminal event in time (a terminal milestone sticks; of two, the earlier happened
 * first); without one, the highest rank, and of one rank the latest event (the last-mile milestones replace each
 * other by time); {@link Milestone#UNKNOWN} never moves anything;</li>
 * <li>the flags: those of the latest event that carried any;</li>
 * <li>the history: every event once, by {@link #ORDER}.</li>
 * </ul>
 * An event is known once by the carrier's event id and once by tracking number, code and time; the first copy is kept.
 */
public final class TrackingState {

    /**
     * When it happened: by its instant where known, else by its arrival; then by arrival, and by what it says so that
     * two events never tie.
     */
    public static final Comparator<TrackingEvent> ORDER = Comparator.comparing(TrackingState::when)
            .thenComparing(TrackingEvent::receivedAt)
            .thenComparing(TrackingEvent::trackingNumber)
            .thenComparing(TrackingEvent::code)
            .thenComparing(TrackingEvent::carrier)
            .thenComparing(TrackingEvent::providerEventId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TrackingEvent::localTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TrackingEvent::milestone);

    private static final TrackingState EMPTY = new TrackingState(List.of(), Set.of(), null, null);

    /** As applied, i.e. by arrival. */
    private final List<TrackingEvent> events;
    private final Set<String> keys;
    /** The event that set the milestone; null while none did. */
    private final TrackingEvent milestoneEvent;
    /** The latest event with flags; null while none had any. */
    private final TrackingEvent flagsEvent;

    private TrackingState(List<TrackingEvent> events, Set<String> keys, TrackingEvent milestoneEvent,
                          TrackingEvent flagsEvent) {
        this.events = events;
        this.keys = keys;
        this.milestoneEvent = milestoneEvent;
        this.flagsEvent = flagsEvent;
    }

    /** Nothing heard yet: milestone {@link Milestone#UNKNOWN}, no flags, no history. */
    public static TrackingState empty() {
        return EMPTY;
    }

    /** The state of {@code events} applied in the order given (duplicates among them count once). */
    public static TrackingState of(Collection<TrackingEvent> events) {
        // one pass, not one copy of the state per event: a long history is read again at every batch of events
        List<TrackingEvent> applied = new ArrayList<>(events.size());
        Set<String> known = new HashSet<>();
        TrackingEvent milestoneEvent = null;
        TrackingEvent flagsEvent = null;
        for (TrackingEvent event : events) {
            requireComplete(event);
            List<String> eventKeys = keys(event);
            if (eventKeys.stream().noneMatch(known::contains)) {
                applied.add(event);
                known.addAll(eventKeys);
                milestoneEvent = furthers(event, milestoneEvent) ? event : milestoneEvent;
                flagsEvent = newerFlags(event, flagsEvent) ? event : flagsEvent;
            }
        }
        return new TrackingState(Collections.unmodifiableList(applied), Collections.unmodifiableSet(known),
                milestoneEvent, flagsEvent);
    }

    /**
     * The keys an event is known by: the carrier's event id where it gives one, and always its tracking number, code
     * and time (its instant; else its local time; else none, so that an undated code counts once per package).
     */
    public static List<String> keys(TrackingEvent event) {
        String byTime = "time|" + event.trackingNumber() + "|" + event.code() + "|" + timeKey(event);
        return event.providerEventId() == null ? List.of(byTime)
                : List.of("id|" + event.carrier() + "|" + event.providerEventId(), byTime);
    }

    /** The time part of the second key: the instant in UTC, else {@code local <time>}, else "". */
    public static String timeKey(TrackingEvent event) {
        Instant instant = event.instant();
        if (instant != null) {
            return instant.toString();
        }
        return event.localTime() == null ? "" : "local " + event.localTime();
    }

    /** Whether an event with one of {@code event}'s keys was applied already. */
    public boolean knows(TrackingEvent event) {
        return keys(event).stream().anyMatch(keys::contains);
    }

    /**
     * This state with {@code event} applied; this same state when the event is known already.
     *
     * @throws IllegalArgumentException for an event without tracking number, code, carrier, milestone or arrival
     */
    public TrackingState with(TrackingEvent event) {
        requireComplete(event);
        if (knows(event)) {
            return this;
        }
        List<TrackingEvent> applied = new ArrayList<>(events);
        applied.add(event);
        Set<String> known = new HashSet<>(keys);
        known.addAll(keys(event));
        return new TrackingState(Collections.unmodifiableList(applied), Collections.unmodifiableSet(known),
                furthers(event, milestoneEvent) ? event : milestoneEvent,
                newerFlags(event, flagsEvent) ? event : flagsEvent);
    }

    private static void requireComplete(TrackingEvent event) {
        if (event.trackingNumber() == null || event.code() == null || event.carrier() == null
                || event.milestone() == null || event.receivedAt() == null) {
            throw new IllegalArgumentException("a tracking event needs its tracking number, code, carrier, milestone"
                    + " and arrival: " + event);
        }
    }

    /** Whether {@code event} carries flags and is later than {@code current}, the latest that did (null: none yet). */
    private static boolean newerFlags(TrackingEvent event, TrackingEvent current) {
        return !event.flags().isEmpty() && (current == null || ORDER.compare(event, current) > 0);
    }

    /** Whether {@code event}'s milestone is to replace that of {@code current} (null: none yet). */
    private static boolean furthers(TrackingEvent event, TrackingEvent current) {
        Milestone next = event.milestone();
        if (next == Milestone.UNKNOWN) {
            return false;
        }
        if (current == null) {
            return true;
        }
        Milestone now = current.milestone();
        if (now.terminal() || next.terminal()) {
            return next.terminal() && (!now.terminal() || ORDER.compare(event, current) < 0);
        }
        return next.rank() > now.rank() || next.rank() == now.rank() && ORDER.compare(event, current) > 0;
    }

    public Milestone milestone() {
        return milestoneEvent == null ? Milestone.UNKNOWN : milestoneEvent.milestone();
    }

    public Set<TrackingFlag> flags() {
        return flagsEvent == null ? Set.of() : flagsEvent.flags();
    }

    /** Every event applied, once each, by {@link #ORDER}. */
    public List<TrackingEvent> history() {
        return events.stream().sorted(ORDER).toList();
    }

    /** Whether the milestone or the flags differ from {@code before}'s: news for {@code logistics/TRACKING_UPDATED}. */
    public boolean movedFrom(TrackingState before) {
        return milestone() != before.milestone() || !flags().equals(before.flags());
    }

    private static Instant when(TrackingEvent event) {
        Instant instant = event.instant();
        return instant == null ? event.receivedAt() : instant;
    }
}
