package io.orderflow.production.internal.domain;

import static io.orderflow.production.internal.domain.PlanFixture.MONDAY;
import static io.orderflow.production.internal.domain.PlanFixture.day;
import static io.orderflow.production.internal.domain.PlanFixture.job;
import static io.orderflow.production.internal.domain.PlanFixture.operation;
import static io.orderflow.production.internal.domain.PlanFixture.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerCalendarTest {

    private static PlanFixture cutting() {
        return new PlanFixture().centre("CUT", 480).centre("ASM", 480).routing("LAMP", operation(10, "CUT", "1", 0));
    }

    @Test
    void aBreakdownDayHasNoCapacity() {
        // CUT down Tue 24–Wed 25 Nov (ASM is not): 600 min → 480 Mon, 120 Thu.
        Plan plan = cutting().downtime("CUT", day(11, 24), day(11, 25)).downtime("ASM", MONDAY, day(11, 27))
                .jobs(job("J1", "LAMP", 600, day(12, 18), 0)).plan();

        assertEquals(List.of(slot("CUT", MONDAY, "J1", 10, 480), slot("CUT", day(11, 26), "J1", 10, 120)),
                plan.slots());
        assertEquals(day(11, 26), plan.jobs().get("J1").completion());
    }

    @Test
    void aBreakdownThatBeganBeforeTodayStillBlocksToday() {
        // Down Fri 20–Mon 23 Nov → 100 min on Tue.
        Plan plan = cutting().downtime("CUT", day(11, 20), MONDAY).jobs(job("J1", "LAMP", 100, day(12, 18), 0))
                .plan();

        assertEquals(day(11, 24), plan.jobs().get("J1").start());
    }

    @Test
    void aHeldJobStartsNoEarlierThanNotBefore() {
        // CUT is idle Mon, but J1 is held until Wed 25 Nov: 100 min on Wed.
        Plan plan = cutting().jobs(job("J1", "LAMP", 100, day(12, 18), 0, day(11, 25))).plan();

        assertEquals(List.of(slot("CUT", day(11, 25), "J1", 10, 100)), plan.slots());
    }

    @Test
    void holidaysAndWeekendsAreSkipped() {
        // From Wed 25 Nov, Thu 26 is a holiday: 1,000 min → 480 Wed, 480 Fri, weekend, 40 Mon 30 Nov.
        Plan plan = cutting().holiday(day(11, 26)).jobs(job("J1", "LAMP", 1000, day(12, 18), 0, day(11, 25)))
                .plan();

        assertEquals(List.of(slot("CUT", day(11, 25), "J1", 10, 480), slot("CUT", day(11, 27), "J1", 10, 480),
                slot("CUT", day(11, 30), "J1", 10, 40)), plan.slots());
        assertEquals(day(11, 30), plan.jobs().get("J1").completion());
    }
}
