package io.orderflow.logistics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingStateTest {

    private static final int SHANGHAI = 8 * 3600;

    /** An event of package SF1 at {@code local} in Shanghai, received an hour after. */
    private static TrackingEvent at(String local, Milestone milestone, String code, TrackingFlag... flags) {
        return event(local, SHANGHAI, milestone, code, null, flags);
    }

    private static TrackingEvent event(String local, Integer offset, Milestone milestone, String code,
                                       String eventId, TrackingFlag... flags) {
        LocalDateTime time = LocalDateTime.parse(local);
        Instant received = time.toInstant(ZoneOffset.ofTotalSeconds(offset == null ? SHANGHAI : offset))
                .plusSeconds(3600);
        return new TrackingEvent("sf-express", "SF1", eventId, code, milestone, Set.of(flags), time, offset,
                offset == null ? null : ZoneSource.OFFSET_GIVEN, "Shenzhen", null, null, false, received);
    }

    private static TrackingState fold(TrackingEvent... events) {
        return TrackingState.of(List.of(events));
    }

    @Test
    void aLateEventAddsHistoryAndNeverMovesTheMilestoneBack() {
        TrackingEvent pickedUp = at("2026-03-02T09:00", Milestone.PICKED_UP, "PU");
        TrackingEvent inTransit = at("2026-03-02T18:00", Milestone.IN_TRANSIT, "IT");
        TrackingEvent delivered = at("2026-03-03T11:00", Milestone.DELIVERED, "OK");
        TrackingState state = fold(delivered, inTransit, pickedUp);
        assertEquals(Milestone.DELIVERED, state.milestone());
        assertEquals(List.of(pickedUp, inTransit, delivered), state.history(), "by when each happened");
    }

    @Test
    void theLastMileMilestonesReplaceEachOtherByTime() {
        TrackingEvent out = at("2026-03-03T08:00", Milestone.OUT_FOR_DELIVERY, "OD");
        TrackingEvent attempted = at("2026-03-03T12:00", Milestone.DELIVERY_ATTEMPTED, "NA",
                TrackingFlag.ADDRESS_ISSUE);
        TrackingEvent pickup = at("2026-03-03T17:00", Milestone.AVAILABLE_FOR_PICKUP, "AP");
        assertEquals(Milestone.DELIVERY_ATTEMPTED, fold(attempted, out).milestone(), "the earlier one came late");
        assertEquals(Milestone.AVAILABLE_FOR_PICKUP, fold(out, pickup, attempted).milestone());
    }

    @Test
    void aTerminalMilestoneSticksAndUnknownMovesNothing() {
        TrackingEvent returned = at("2026-03-04T10:00", Milestone.RETURNED, "RT", TrackingFlag.REFUSED);
        TrackingEvent laterDelivered = at("2026-03-05T10:00", Milestone.DELIVERED, "OK");
        TrackingEvent unknown = at("2026-03-06T10:00", Milestone.UNKNOWN, "ZZ");
        TrackingState state = fold(returned, laterDelivered, unknown);
        assertEquals(Milestone.RETURNED, state.milestone());
        assertEquals(3, state.history().size(), "all of it is history");
        assertEquals(Milestone.UNKNOWN, fold(unknown).milestone());
        assertEquals(Milestone.IN_TRANSIT, fold(at("2026-03-02T10:00", Milestone.IN_TRANSIT, "IT"), unknown)
                .milestone());
        TrackingEvent lostBefore = at("2026-03-04T09:00", Milestone.LOST_OR_DAMAGED, "LD");
        assertEquals(Milestone.LOST_OR_DAMAGED, fold(returned, lostBefore).milestone(),
                "of two terminal milestones, the first to happen stuck");
    }

    @Test
    void theFlagsAreThoseOfTheLatestEventThatCarriedAny() {
        TrackingEvent delayed = at("2026-03-02T10:00", Milestone.IN_TRANSIT, "IT", TrackingFlag.DELAYED);
        TrackingEvent earlierHold = at("2026-03-02T08:00", Milestone.PICKED_UP, "PU", TrackingFlag.ON_HOLD);
        TrackingEvent plain = at("2026-03-02T12:00", Milestone.IN_TRANSIT, "IT2");
        assertEquals(Set.of(TrackingFlag.DELAYED), fold(delayed, earlierHold, plain).flags());
        TrackingEvent issue = at("2026-03-03T12:00", Milestone.DELIVERY_ATTEMPTED, "NA", TrackingFlag.ADDRESS_ISSUE,
                TrackingFlag.DELAYED);
        TrackingState state = fold(delayed, issue);
        assertEquals(Set.of(TrackingFlag.ADDRESS_ISSUE, TrackingFlag.DELAYED), state.flags());
        assertTrue(state.movedFrom(fold(delayed)));
        assertFalse(fold(delayed, plain).movedFrom(fold(delayed)), "same milestone, same flags");
    }

    @Test
    void theHistoryIsOrderedByInstantNotByLocalTimeAndByArrivalWhereTheZoneIsUnknown() {
        TrackingEvent shanghai = event("2026-03-02T10:00", SHANGHAI, Milestone.IN_TRANSIT, "IT", null); // 02:00Z
        TrackingEvent frankfurt = event("2026-03-02T05:00", 3600, Milestone.IN_TRANSIT, "IT", null); // 04:00Z
        TrackingEvent noZone = new TrackingEvent("sf-express", "SF1", null, "ARR", Milestone.IN_TRANSIT, Set.of(),
                LocalDateTime.parse("2026-03-02T01:00"), null, null, "Leipzig", null, null, false,
                Instant.parse("2026-03-02T03:00:00Z"));
        assertEquals(List.of(shanghai, noZone, frankfurt), fold(frankfurt, noZone, shanghai).history());
        assertEquals(Milestone.IN_TRANSIT, fold(frankfurt, noZone, shanghai).milestone());
    }

    @Test
    void anEventIsKnownByTheCarriersIdAndByTrackingNumberCodeAndTime() {
        TrackingEvent first = event("2026-03-02T10:00", SHANGHAI, Milestone.IN_TRANSIT, "IT", "evt-1");
        TrackingState state = fold(first);
        assertSame(state, state.with(event("2026-03-02T11:00", SHANGHAI, Milestone.IN_TRANSIT, "IT2", "evt-1")),
                "the carrier's id again");
        assertSame(state, state.with(event("2026-03-02T10:00", SHANGHAI, Milestone.IN_TRANSIT, "IT", "evt-9")),
                "the same code at the same instant");
        assertEquals(2, state.with(event("2026-03-02T10:05", SHANGHAI, Milestone.IN_TRANSIT, "IT", null))
                .history().size(), "the same code later is news");
        TrackingEvent undated = new TrackingEvent("sf-express", "SF1", null, "INFO", Milestone.INFO_RECEIVED,
                Set.of(), null, null, null, null, null, null, false, Instant.parse("2026-03-01T00:00:00Z"));
        TrackingEvent undatedAgain = new TrackingEvent("sf-express", "SF1", null, "INFO", Milestone.INFO_RECEIVED,
                Set.of(), null, null, null, null, null, null, false, Instant.parse("2026-03-01T05:00:00Z"));
        assertEquals(List.of(undated), fold(undated, undatedAgain).history(), "an undated code counts once");
    }
}
