package io.orderflow.logistics.internal.domain;

import static io.orderflow.logistics.api.Milestone.AVAILABLE_FOR_PICKUP;
import static io.orderflow.logistics.api.Milestone.CANCELLED;
import static io.orderflow.logistics.api.Milestone.DELIVERED;
import static io.orderflow.logistics.api.Milestone.DELIVERY_ATTEMPTED;
import static io.orderflow.logistics.api.Milestone.INFO_RECEIVED;
import static io.orderflow.logistics.api.Milestone.IN_TRANSIT;
import static io.orderflow.logistics.api.Milestone.LOST_OR_DAMAGED;
import static io.orderflow.logistics.api.Milestone.OUT_FOR_DELIVERY;
import static io.orderflow.logistics.api.Milestone.PICKED_UP;
import static io.orderflow.logistics.api.Milestone.RETURNED;
import static io.orderflow.logistics.api.Milestone.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Out-of-order and repeated events converge: 50 shipments' realistic stories, told 1,000 times in a random order with
 * random repeats, always end where the story ends, and a terminal milestone is never left on the way.
 */
class TrackingConvergenceTest {

    private static final int SHIPMENTS = 50;
    private static final int SHUFFLES = 1000;
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    /** Shanghai, Frankfurt in winter, New York in winter, Mumbai. */
    private static final int[] OFFSETS = {8 * 3600, 3600, -5 * 3600, 5 * 3600 + 1800};
    /** A carrier's own codes. */
    private static final Map<Milestone, String> CODES = Map.of(INFO_RECEIVED, "IR", PICKED_UP, "PU", IN_TRANSIT, "IT",
            OUT_FOR_DELIVERY, "OD", DELIVERY_ATTEMPTED, "NA", AVAILABLE_FOR_PICKUP, "AP", DELIVERED, "OK", RETURNED,
            "RT", LOST_OR_DAMAGED, "LD", CANCELLED, "CX");

    /** One shipment's events as they happened, in that order. */
    private record Story(List<TrackingEvent> events) {

        /** Where it ended: the first terminal milestone, else the last one that said anything. */
        Milestone milestone() {
            Milestone last = UNKNOWN;
            for (TrackingEvent event : events) {
                if (event.milestone().terminal()) {
                    return event.milestone();
                }
                last = event.milestone() == UNKNOWN ? last : event.milestone();
            }
            return last;
        }

        Set<TrackingFlag> flags() {
            Set<TrackingFlag> flags = Set.of();
            for (TrackingEvent event : events) {
                flags = event.flags().isEmpty() ? flags : event.flags();
            }
            return flags;
        }
    }

    @Test
    void shuffledAndRepeatedEventsEndWhereTheirStoriesEnd() {
        Random random = new Random(20_261_203L);
        List<Story> stories = new ArrayList<>();
        Map<String, Integer> shipmentOf = new HashMap<>();
        List<TrackingEvent> all = new ArrayList<>();
        for (int n = 0; n < SHIPMENTS; n++) {
            Story story = story(n, random);
            stories.add(story);
            for (TrackingEvent event : story.events()) {
                shipmentOf.put(event.trackingNumber(), n);
                all.add(event);
            }
        }
        List<TrackingState> expected = new ArrayList<>();
        for (Story story : stories) {
            TrackingState sorted = TrackingState.of(story.events().stream().sorted(TrackingState.ORDER).toList());
            assertEquals(story.milestone(), sorted.milestone());
            assertEquals(story.flags(), sorted.flags());
            assertEquals(story.events(), sorted.history(), "by instant, or by arrival where the zone is unknown");
            expected.add(sorted);
        }
        assertEquals(Set.of(CANCELLED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, AVAILABLE_FOR_PICKUP,
                        DELIVERED, RETURNED, LOST_OR_DAMAGED),
                Set.copyOf(stories.stream().map(Story::milestone).toList()), "the stories end in every way");

        for (int run = 0; run < SHUFFLES; run++) {
            List<TrackingEvent> arrivals = new ArrayList<>(all);
            for (int copies = random.nextInt(all.size() / 5); copies > 0; copies--) {
                arrivals.add(all.get(random.nextInt(all.size())));
            }
            Collections.shuffle(arrivals, random);
            TrackingState[] states = new TrackingState[SHIPMENTS];
            Arrays.fill(states, TrackingState.empty());
            for (TrackingEvent event : arrivals) {
                int n = shipmentOf.get(event.trackingNumber());
                TrackingState before = states[n];
                TrackingState after = before.with(event);
                if (before.milestone().terminal() && !after.milestone().terminal()
                        || after.milestone().rank() < before.milestone().rank()) {
                    fail("run " + run + ", shipment " + n + ": " + before.milestone() + " -> " + after.milestone());
                }
                states[n] = after;
            }
            for (int n = 0; n < SHIPMENTS; n++) {
                assertEquals(expected.get(n).milestone(), states[n].milestone(), "run " + run + ", shipment " + n);
                assertEquals(expected.get(n).flags(), states[n].flags(), "run " + run + ", shipment " + n);
                assertEquals(expected.get(n).history(), states[n].history(), "run " + run + ", shipment " + n);
            }
        }
    }

    /**
     * A shipment of one or two packages in one zone: events 30 minutes to 10 hours apart, a tenth of them without an
     * offset (then received within 20 minutes, before the next happens), unmapped codes in between, flags where
     * carriers give them, an event id on most.
     */
    private static Story story(int n, Random random) {
        List<String> numbers = random.nextInt(10) < 3 ? List.of("T" + n + "A", "T" + n + "B") : List.of("T" + n + "A");
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(OFFSETS[random.nextInt(OFFSETS.length)]);
        Instant time = START.plus(Duration.ofMinutes(random.nextInt(600)));
        List<TrackingEvent> events = new ArrayList<>();
        for (Milestone milestone : path(random)) {
            time = time.plus(Duration.ofMinutes(30 + random.nextInt(570)));
            boolean zoned = random.nextInt(10) > 0;
            Instant received = time.plus(Duration.ofMinutes(random.nextInt(zoned ? 360 : 20)));
            int i = events.size();
            events.add(new TrackingEvent("sf-express", numbers.get(i % numbers.size()),
                    random.nextInt(10) < 7 ? "E" + n + "-" + i : null,
                    milestone == UNKNOWN ? "X" + random.nextInt(3) : CODES.get(milestone),
                    milestone, flags(milestone, random), LocalDateTime.ofInstant(time, offset),
                    zoned ? offset.getTotalSeconds() : null, zoned ? ZoneSource.OFFSET_GIVEN : null, "hub " + i, null,
                    null, false, received));
        }
        return new Story(List.copyOf(events));
    }

    /** Milestones as a parcel meets them, with an unmapped code now and then. */
    private static List<Milestone> path(Random random) {
        List<Milestone> path = new ArrayList<>(List.of(INFO_RECEIVED));
        if (random.nextInt(8) == 0) {
            path.add(CANCELLED); // the label was cancelled before pick-up
        } else {
            path.add(PICKED_UP);
            for (int legs = 1 + random.nextInt(4); legs > 0; legs--) {
                path.add(IN_TRANSIT);
            }
            path.addAll(switch (random.nextInt(9)) {
                case 0 -> List.of();
                case 1 -> List.of(LOST_OR_DAMAGED);
                case 2 -> List.of(OUT_FOR_DELIVERY, DELIVERED);
                case 3 -> List.of(OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, OUT_FOR_DELIVERY, DELIVERED);
                case 4 -> List.of(OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, AVAILABLE_FOR_PICKUP,
                        random.nextBoolean() ? DELIVERED : RETURNED);
                case 5 -> List.of(OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED);
                case 6 -> List.of(OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, OUT_FOR_DELIVERY);
                case 7 -> List.of(OUT_FOR_DELIVERY, AVAILABLE_FOR_PICKUP);
                // refused, sent back, and lost on the way: the return stuck
                default -> List.of(OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, RETURNED, IN_TRANSIT, LOST_OR_DAMAGED);
            });
        }
        List<Milestone> told = new ArrayList<>();
        for (Milestone milestone : path) {
            if (random.nextInt(100) < 15) {
                told.add(UNKNOWN);
            }
            told.add(milestone);
        }
        return told;
    }

    private static Set<TrackingFlag> flags(Milestone milestone, Random random) {
        int dice = random.nextInt(10);
        return switch (milestone) {
            case IN_TRANSIT, UNKNOWN -> dice < 2 ? Set.of(TrackingFlag.DELAYED) : Set.of();
            case DELIVERY_ATTEMPTED -> dice < 5 ? Set.of(TrackingFlag.ADDRESS_ISSUE, TrackingFlag.DELAYED) : Set.of();
            case AVAILABLE_FOR_PICKUP -> dice < 3 ? Set.of(TrackingFlag.ON_HOLD) : Set.of();
            case RETURNED -> dice < 5 ? Set.of(TrackingFlag.REFUSED) : Set.of();
            default -> Set.of();
        };
    }
}
