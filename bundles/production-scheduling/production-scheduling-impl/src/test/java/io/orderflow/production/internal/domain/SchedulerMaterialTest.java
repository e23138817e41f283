package io.orderflow.production.internal.domain;

import static io.orderflow.production.internal.domain.PlanFixture.MONDAY;
import static io.orderflow.production.internal.domain.PlanFixture.day;
import static io.orderflow.production.internal.domain.PlanFixture.job;
import static io.orderflow.production.internal.domain.PlanFixture.operation;
import static io.orderflow.production.internal.domain.PlanFixture.slot;
import static io.orderflow.production.internal.domain.PlanFixture.slotsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerMaterialTest {

    /** LAMP: 1 min per unit on CUT, 2 STEEL per unit; CUT is idle, so only materials can hold a job back. */
    private static PlanFixture steelLamp() {
        return new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "1", 0))
                .bill("LAMP", "STEEL", "2").routing("FRAME", operation(10, "CUT", "1", 0));
    }

    @Test
    void aJobDoesNotStartBeforeItsMaterialArrives() {
        // 50 × 2 = 100 STEEL, none on hand, 100 arrive Thu 26 Nov → starts Thu, 50 min.
        Plan plan = steelLamp().material("STEEL", "0", 5).arrival("STEEL", day(11, 26), "100")
                .jobs(job("J1", "LAMP", 50, day(12, 10), 0)).plan();

        JobPlan job = plan.jobs().get("J1");
        assertEquals(day(11, 26), job.materialsReady());
        assertEquals(day(11, 26), job.start());
        assertEquals(List.of(slot("CUT", day(11, 26), "J1", 10, 50)), plan.slots());
        assertEquals(List.of(), plan.purchases());
    }

    @Test
    void stockCoversTheFirstJobAndTheSecondWaitsForTheArrival() {
        // 100 on hand, 100 arrive Thu. J1 (due first) takes the 100 on hand → Mon; J2 needs 100 more → Thu.
        // FRAME has no bill: ready today.
        Plan plan = steelLamp().material("STEEL", "100", 5).arrival("STEEL", day(11, 26), "100")
                .jobs(job("J2", "LAMP", 50, day(12, 2), 0), job("J1", "LAMP", 50, day(12, 1), 0),
                        job("F1", "FRAME", 10, day(12, 3), 0))
                .plan();

        assertEquals(MONDAY, plan.jobs().get("J1").start());
        assertEquals(day(11, 26), plan.jobs().get("J2").materialsReady());
        assertEquals(day(11, 26), plan.jobs().get("J2").start());
        assertEquals(MONDAY, plan.jobs().get("F1").materialsReady());
        assertEquals(List.of(slot("CUT", MONDAY, "F1", 10, 10)), slotsOf(plan, "F1"));
    }

    @Test
    void earlierJobsTakeTheEarliestSupply() {
        // Supply: 60 on hand, 50 Wed 25 Nov, 100 Fri 27 Nov.
        // J1 needs 80 = 60 + 20 of Wed → Wed; J2 needs 60 = 30 left of Wed + 30 of Fri → Fri; J3 needs 20 → Fri.
        Plan plan = steelLamp().material("STEEL", "60", 5).arrival("STEEL", day(11, 27), "100")
                .arrival("STEEL", day(11, 25), "50")
                .jobs(job("J1", "LAMP", 40, day(12, 1), 0), job("J2", "LAMP", 30, day(12, 2), 0),
                        job("J3", "LAMP", 10, day(12, 3), 0))
                .plan();

        assertEquals(List.of(day(11, 25), day(11, 27), day(11, 27)),
                plan.jobs().values().stream().map(JobPlan::materialsReady).toList());
    }

    @Test
    void anOverdueArrivalCountsFromTodayAndAWeekendArrivalWaitsForMonday() {
        // J1's 100 were due last Friday 20 Nov → ready today; J2's 100 arrive Sat 28 Nov → first working day Mon 30.
        Plan plan = steelLamp().material("STEEL", "0", 5).arrival("STEEL", day(11, 20), "100")
                .arrival("STEEL", day(11, 28), "100")
                .jobs(job("J1", "LAMP", 50, day(12, 1), 0), job("J2", "LAMP", 50, day(12, 2), 0)).plan();

        assertEquals(MONDAY, plan.jobs().get("J1").materialsReady());
        assertEquals(day(11, 28), plan.jobs().get("J2").materialsReady());
        assertEquals(day(11, 30), plan.jobs().get("J2").start());
    }
}
