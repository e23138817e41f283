package io.orderflow.production.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchedulerDeterminismTest {

    private static final PlanInput INPUT = RandomPlanInput.generate(42, 2_000);

    @Test
    void theSameInputGivesTheSamePlan() {
        Plan first = Scheduler.schedule(INPUT);
        Plan second = Scheduler.schedule(INPUT);

        assertEquals(first, second);
        assertEquals(List.copyOf(first.jobs().keySet()), List.copyOf(second.jobs().keySet()));
    }

    @Test
    void theOrderOfTheJobListDoesNotMatter() {
        List<Job> shuffled = new ArrayList<>(INPUT.jobs());
        Collections.shuffle(shuffled, new Random(7));
        PlanInput reordered = new PlanInput(INPUT.today(), INPUT.workCentres(), INPUT.routings(), INPUT.bills(),
                INPUT.materials(), INPUT.arrivals(), INPUT.downtimes(), INPUT.calendar(), shuffled);

        Plan original = Scheduler.schedule(INPUT);
        Plan fromShuffled = Scheduler.schedule(reordered);

        assertEquals(original, fromShuffled);
        assertEquals(List.copyOf(original.jobs().keySet()), List.copyOf(fromShuffled.jobs().keySet()));
    }
}
