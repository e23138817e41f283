package io.orderflow.production.internal.domain;

import static io.orderflow.production.internal.domain.PlanFixture.day;
import static io.orderflow.production.internal.domain.PlanFixture.job;
import static io.orderflow.production.internal.domain.PlanFixture.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SchedulerInputTest {

    private static PlanFixture lamps() {
        return new PlanFixture().centre("CUT", 480).routing("LAMP", operation(10, "CUT", "1", 0));
    }

    private static String rejection(PlanFixture fixture) {
        return assertThrows(IllegalArgumentException.class, fixture::plan).getMessage();
    }

    @Test
    void aProductWithoutRoutingIsRejected() {
        assertEquals("job J9 (order SO-J9): product GHOST has no routing",
                rejection(lamps().jobs(job("J1", "LAMP", 1, day(12, 1), 0), job("J9", "GHOST", 1, day(12, 1), 0))));
    }

    @Test
    void anOperationOnAnUnknownWorkCentreIsRejected() {
        assertEquals("job J1 (order SO-J1): operation 20 of DESK is on unknown work centre PAINT",
                rejection(lamps().routing("DESK", operation(10, "CUT", "1", 0), operation(20, "PAINT", "1", 0))
                        .jobs(job("J1", "DESK", 1, day(12, 1), 0))));
    }

    @Test
    void aQuantityMustBePositive() {
        assertEquals("job J1 (order SO-J1): quantity must be positive, was 0",
                rejection(lamps().jobs(job("J1", "LAMP", 0, day(12, 1), 0))));
        assertEquals("job J2 (order SO-J2): quantity must be positive, was -5",
                rejection(lamps().jobs(job("J2", "LAMP", -5, day(12, 1), 0))));
    }

    @Test
    void aWorkCentreWithoutCapacityCouldNeverFinishAndIsRejected() {
        assertEquals("job J1 (order SO-J1): operation 10 of DESK is on work centre IDLE, which has no daily capacity",
                rejection(lamps().centre("IDLE", 0).routing("DESK", operation(10, "IDLE", "1", 0))
                        .jobs(job("J1", "DESK", 1, day(12, 1), 0))));
    }

    @Test
    void aJobIdTwiceIsRejected() {
        assertEquals("job J1 (order SO-J1) is listed twice",
                rejection(lamps().jobs(job("J1", "LAMP", 1, day(12, 1), 0), job("J1", "LAMP", 2, day(12, 2), 0))));
    }
}
