package io.orderflow.production.internal.domain;

import static io.orderflow.production.internal.domain.PlanFixture.MONDAY;
import static io.orderflow.production.internal.domain.PlanFixture.day;
import static io.orderflow.production.internal.domain.PlanFixture.job;
import static io.orderflow.production.internal.domain.PlanFixture.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerPurchaseTest {

    /** LAMP: 1 min per unit on CUT (480 a day), 1 PCB and 4 SCREW per unit; SCREW has plenty of stock. */
    private static PlanFixture pcbLamp() {
        return new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "1", 0))
                .bill("LAMP", "PCB", "1").bill("LAMP", "SCREW", "4").material("SCREW", "1000", 5)
                .routing("BUSY", operation(10, "CUT", "1", 0));
    }

    private static PurchaseLine line(String material, String quantity, LocalDate orderBy, LocalDate arrival,
            int leadTimeDays) {
        return new PurchaseLine(material, new BigDecimal(quantity), orderBy, arrival, leadTimeDays);
    }

    @Test
    void aShortageIsBoughtAndTheJobWaitsForIt() {
        // PCB: need 100, 30 on hand → buy 70. Needed Mon 23 Nov; 23 Nov − 10 days is past → order today, arrives
        // Thu 3 Dec. SCREW: 400 ≤ 1000 on hand → not listed.
        Plan plan = pcbLamp().material("PCB", "30", 10).jobs(job("J1", "LAMP", 100, day(12, 18), 0)).plan();

        assertEquals(List.of(line("PCB", "70", MONDAY, day(12, 3), 10)), plan.purchases());
        assertEquals(day(12, 3), plan.jobs().get("J1").materialsReady());
        assertEquals(day(12, 3), plan.jobs().get("J1").start());
    }

    @Test
    void theOrderByDateLeavesTheLeadTimeBeforeTheJobCouldStart() {
        // Held until Sat 12 Dec → its centre's first day with capacity is Mon 14 Dec: order 10 days earlier, Fri 4 Dec.
        Plan plan = pcbLamp().material("PCB", "0", 10)
                .jobs(job("J1", "LAMP", 100, day(12, 18), 0, day(12, 12))).plan();

        assertEquals(List.of(line("PCB", "100", day(12, 4), day(12, 14), 10)), plan.purchases());
        assertEquals(day(12, 14), plan.jobs().get("J1").start());
    }

    @Test
    void theNeedDateIsTheFirstDayTheCentreStillHasCapacity() {
        // BUSY (due first, no bill) fills CUT Mon and Tue (960 min) → J1 could start Wed 25 Nov; lead 1 → order Tue.
        Plan plan = pcbLamp().material("PCB", "0", 1)
                .jobs(job("BUSY", "BUSY", 960, day(11, 30), 0), job("J1", "LAMP", 10, day(12, 18), 0)).plan();

        assertEquals(List.of(line("PCB", "10", day(11, 24), day(11, 25), 1)), plan.purchases());
        assertEquals(day(11, 25), plan.jobs().get("J1").start());
    }

    @Test
    void twoJobsShortOfTheSameMaterialShareOneLine() {
        // 30 on hand: J1 needs 100 → short 70; J2 needs 50 → short 50; one line of 120 dated by J1 (needed Mon).
        Plan plan = pcbLamp().material("PCB", "30", 10)
                .jobs(job("J1", "LAMP", 100, day(12, 18), 0), job("J2", "LAMP", 50, day(12, 21), 0)).plan();

        assertEquals(List.of(line("PCB", "120", MONDAY, day(12, 3), 10)), plan.purchases());
        assertEquals(day(12, 3), plan.jobs().get("J2").materialsReady());
        assertEquals(day(12, 3), plan.jobs().get("J2").start());
    }

    @Test
    void anUnknownMaterialHasNoStockNoLeadTimeAndIsListedInCodeOrder() {
        // GLUE (not in master data): 0.5 × 100 = 50, lead 0 → order and arrive today.
        // ZINC: 100 short, lead 3 → order Mon, arrives Thu 26 Nov; the job waits for the later of the two.
        Plan plan = new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "1", 0))
                .bill("LAMP", "ZINC", "1").bill("LAMP", "GLUE", "0.5").material("ZINC", "0", 3)
                .jobs(job("J1", "LAMP", 100, day(12, 18), 0)).plan();

        assertEquals(List.of(line("GLUE", "50", MONDAY, MONDAY, 0), line("ZINC", "100", MONDAY, day(11, 26), 3)),
                plan.purchases());
        assertEquals(day(11, 26), plan.jobs().get("J1").materialsReady());
    }

    @Test
    void aJobPartlyCoveredByALaterOpenPurchaseWaitsForThatToo() {
        // 40 arrive Fri 27 Nov; the other 60 are bought today with lead 2 → Wed 25 Nov; all 100 are there Fri.
        Plan plan = pcbLamp().material("PCB", "0", 2).arrival("PCB", day(11, 27), "40")
                .jobs(job("J1", "LAMP", 100, day(12, 18), 0)).plan();

        assertEquals(List.of(line("PCB", "60", MONDAY, day(11, 25), 2)), plan.purchases());
        assertEquals(day(11, 27), plan.jobs().get("J1").materialsReady());
    }
}
