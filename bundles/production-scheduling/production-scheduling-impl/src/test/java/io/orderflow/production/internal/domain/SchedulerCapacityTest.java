package io.orderflow.production.internal.domain;

import static io.orderflow.production.internal.domain.PlanFixture.MONDAY;
import static io.orderflow.production.internal.domain.PlanFixture.day;
import static io.orderflow.production.internal.domain.PlanFixture.job;
import static io.orderflow.production.internal.domain.PlanFixture.operation;
import static io.orderflow.production.internal.domain.PlanFixture.slot;
import static io.orderflow.production.internal.domain.PlanFixture.slotsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerCapacityTest {

    @Test
    void oneJobFillsWorkingDaysUntilItsMinutesAreDone() {
        // 30 setup + 500 × 20 = 10,030 min; 10,030 = 20 × 480 + 430 → 21 working days from Mon 23 Nov:
        // weeks of 23–27 Nov, 30 Nov–4 Dec, 7–11 Dec, 14–18 Dec (20 days), then Mon 21 Dec with 430 min.
        Plan plan = new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "20", 30))
                .jobs(job("J1", "LAMP", 500, day(12, 18), 0)).plan();

        JobPlan job = plan.jobs().get("J1");
        assertEquals(MONDAY, job.start());
        assertEquals(day(12, 21), job.completion());
        assertTrue(job.late(), "due Fri 18 Dec, done Mon 21 Dec");
        assertEquals(21, plan.slots().size());
        assertEquals(slot("CUT", day(12, 21), "J1", 10, 430), plan.slots().get(20));
        assertEquals(10_030, plan.slots().stream().mapToInt(Slot::minutes).sum(), "setup counted once");
        assertTrue(plan.slots().stream().allMatch(slot -> slot.date().getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0));
    }

    @Test
    void earlierDueDateGoesFirstAndTheNextJobTakesWhatIsLeftThatDay() {
        // EARLY (due 10 Dec, received later) first: 30 × 10 = 300 min on Mon; LATE takes the 180 left on Mon and 120
        // on Tue.
        Plan plan = new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "10", 0))
                .jobs(job("LATE", "LAMP", 30, day(12, 20), 0), job("EARLY", "LAMP", 30, day(12, 10), 60)).plan();

        assertEquals(List.of("EARLY", "LATE"), List.copyOf(plan.jobs().keySet()));
        assertEquals(List.of(slot("CUT", MONDAY, "EARLY", 10, 300), slot("CUT", MONDAY, "LATE", 10, 180),
                slot("CUT", day(11, 24), "LATE", 10, 120)), plan.slots());
        assertEquals(MONDAY, plan.jobs().get("LATE").start());
        assertEquals(day(11, 24), plan.jobs().get("LATE").completion());
    }

    @Test
    void sameDueDateGoesByReceiptTimeThenId() {
        // Same due date: Z-FIRST (received 08:05) beats A-SECOND (08:30) although its id sorts later;
        // A-TIE and B-TIE were both received at 08:40, so the id decides. 10 min each, all on Monday.
        Plan plan = new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "1", 0))
                .jobs(job("A-SECOND", "LAMP", 10, day(12, 10), 30), job("B-TIE", "LAMP", 10, day(12, 10), 40),
                        job("Z-FIRST", "LAMP", 10, day(12, 10), 5), job("A-TIE", "LAMP", 10, day(12, 10), 40))
                .plan();

        assertEquals(List.of("Z-FIRST", "A-SECOND", "A-TIE", "B-TIE"), List.copyOf(plan.jobs().keySet()));
        assertEquals(List.of("Z-FIRST", "A-SECOND", "A-TIE", "B-TIE"),
                plan.slots().stream().map(Slot::jobId).toList(), "slots of one day in scheduling order");
    }

    @Test
    void theNextOperationStartsTheDayThePreviousFinishesAndNeverBefore() {
        // CUT: 600 × 1 = 600 min → 480 Mon + 120 Tue. ASM may not start Mon although idle: 480 Tue + 120 Wed.
        Plan plan = new PlanFixture().centre("CUT", 480).centre("ASM", 480)
                .routing("LAMP", operation(20, "ASM", "1", 0), operation(10, "CUT", "1", 0))
                .jobs(job("J1", "LAMP", 600, day(12, 18), 0)).plan();

        assertEquals(List.of(slot("ASM", day(11, 24), "J1", 20, 480), slot("ASM", day(11, 25), "J1", 20, 120),
                slot("CUT", MONDAY, "J1", 10, 480), slot("CUT", day(11, 24), "J1", 10, 120)), plan.slots());
        assertEquals(MONDAY, plan.jobs().get("J1").start());
        assertEquals(day(11, 25), plan.jobs().get("J1").completion());
    }

    @Test
    void aLaterOperationUsesWhatItsOwnCentreHasLeftOnTheDayItMayStart() {
        // FIRST: CUT 400 Mon, ASM 400 Mon (same day). SECOND: CUT 80 Mon + 320 Tue; ASM from Tue: 80 left Mon is
        // no use to it, Tue has 480 → 400 Tue.
        Plan plan = new PlanFixture().centre("CUT", 480).centre("ASM", 480)
                .routing("LAMP", operation(10, "CUT", "1", 0), operation(20, "ASM", "1", 0))
                .jobs(job("FIRST", "LAMP", 400, day(12, 1), 0), job("SECOND", "LAMP", 400, day(12, 2), 0)).plan();

        assertEquals(List.of(slot("ASM", MONDAY, "FIRST", 20, 400), slot("CUT", MONDAY, "FIRST", 10, 400)),
                slotsOf(plan, "FIRST"));
        assertEquals(List.of(slot("ASM", day(11, 24), "SECOND", 20, 400), slot("CUT", MONDAY, "SECOND", 10, 80),
                slot("CUT", day(11, 24), "SECOND", 10, 320)), slotsOf(plan, "SECOND"));
        assertEquals(day(11, 24), plan.jobs().get("SECOND").completion());
        assertEquals(MONDAY, plan.jobs().get("FIRST").completion());
    }

    @Test
    void anOperationWithoutMinutesBooksNothingAndFinishesOnItsStartDay() {
        // INSPECT: 0 setup + 0 × 5 = 0 min → no slot, finishes Mon; PACK 5 × 1 = 5 min Mon.
        Plan plan = new PlanFixture().centre("QA", 480).centre("PACK", 480)
                .routing("LAMP", operation(10, "QA", "0", 0), operation(20, "PACK", "1", 0))
                .jobs(job("J1", "LAMP", 5, day(12, 1), 0)).plan();

        assertEquals(List.of(slot("PACK", MONDAY, "J1", 20, 5)), plan.slots());
        assertEquals(MONDAY, plan.jobs().get("J1").completion());
    }

    @Test
    void aReworkWithoutOrderOrPromiseWaitsForEveryDatedJobHoweverEarlyReceivedAndIsNeverLate() {
        // REWORK (no sales order, due AFTER_EVERYTHING) was received first; SALE, due a year ahead, still goes first:
        // 400 min on Monday, then the rework's 300 in the 80 left on Monday and 220 on Tuesday.
        Job rework = new Job("REWORK", null, "LAMP", BigDecimal.valueOf(30), Job.AFTER_EVERYTHING,
                Instant.parse("2026-11-01T08:00:00Z"), null);
        Plan plan = new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "10", 0))
                .jobs(rework, job("SALE", "LAMP", 40, day(11, 23).plusYears(1), 0)).plan();

        assertEquals(List.of("SALE", "REWORK"), List.copyOf(plan.jobs().keySet()));
        assertEquals(List.of(new Slot("CUT", MONDAY, "REWORK", null, 10, 80),
                new Slot("CUT", day(11, 24), "REWORK", null, 10, 220)), slotsOf(plan, "REWORK"));
        assertFalse(plan.jobs().get("REWORK").late());
    }

    @Test
    void aWhatIfAskedAfterAReworkWasReceivedIsAnsweredAheadOfIt() {
        Job rework = new Job("REWORK", null, "LAMP", BigDecimal.valueOf(30), Job.AFTER_EVERYTHING,
                Instant.parse("2026-11-01T08:00:00Z"), null);
        Job whatIf = new Job("what-if", "what-if", "LAMP", BigDecimal.valueOf(10), Job.AFTER_PROMISES,
                Instant.parse("2026-11-20T08:00:00Z"), null);
        Plan plan = new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "10", 0))
                .jobs(rework, whatIf).plan();

        assertEquals(List.of("what-if", "REWORK"), List.copyOf(plan.jobs().keySet()));
    }
}
