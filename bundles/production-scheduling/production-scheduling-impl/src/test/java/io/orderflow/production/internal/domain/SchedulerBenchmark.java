package io.orderflow.production.internal.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.benchmarks.Figure;
import io.orderflow.benchmarks.Report;
import io.orderflow.benchmarks.Runs;
import io.orderflow.benchmarks.Sample;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * B7: how the scheduler scales, next to the floor any scheduler pays (sorting the jobs and summing their operation
 * minutes), each the median of 5 runs after 2 warm-ups (benchmark-harness). Run with {@code -Pbench}; the table goes
 * to stdout, the JSON report to the file named by {@code orderflow.bench.report}.
 */
class SchedulerBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;
    private static final long TEN_THOUSAND_JOBS_BUDGET_MS = 2_000;

    /** Keeps the JIT from discarding work whose result nobody reads. */
    private long sink;

    @Test
    void benchmark() throws Exception {
        Report report = new Report(Report.thisMachine(), Instant.now());
        double previous = Double.NaN;
        double tenThousand = Double.NaN;
        StringBuilder growth = new StringBuilder();
        for (int size : SIZES) {
            PlanInput input = RandomPlanInput.generate(20261123L, size);
            Sample scheduler = Runs.measure("ms", WARM_UPS, RUNS, () -> timeMs(input,
                    in -> Scheduler.schedule(in).slots().size()));
            Sample floor = Runs.measure("ms", WARM_UPS, RUNS, () -> timeMs(input,
                    SchedulerBenchmark::sortAndSumMinutes));
            report.add(new Figure("B7.schedule-" + size, "scheduling " + size + " jobs over 20 work centres",
                    scheduler, floor, Figure.Better.LOWER));
            growth.append(String.format(Locale.ROOT, "  %d jobs: %.1f ms%s%n", size, scheduler.median(),
                    Double.isNaN(previous) ? "" : String.format(Locale.ROOT, ", %.1f× the time of 10× fewer jobs",
                            scheduler.median() / previous)));
            previous = scheduler.median();
            if (size == 10_000) {
                tenThousand = scheduler.median();
            }
        }
        System.out.print(report.table() + growth);
        String file = System.getProperty("orderflow.bench.report");
        if (file != null) {
            report.write(Path.of(file));
        }
        assertTrue(sink != 0);
        assertTrue(tenThousand <= TEN_THOUSAND_JOBS_BUDGET_MS, "10,000 jobs took " + tenThousand + " ms");
    }

    private double timeMs(PlanInput input, ToLongFunction<PlanInput> work) {
        long start = System.nanoTime();
        sink += work.applyAsLong(input);
        return (System.nanoTime() - start) / 1e6;
    }

    /** The floor: jobs into scheduling order and the minutes of every operation, with nothing booked. */
    private static long sortAndSumMinutes(PlanInput input) {
        List<Job> jobs = new ArrayList<>(input.jobs());
        jobs.sort(Job.SCHEDULING_ORDER);
        long minutes = 0;
        for (Job job : jobs) {
            for (Operation operation : input.routings().get(job.product()).operations()) {
                minutes += operation.minutesFor(job.quantity());
            }
        }
        return minutes;
    }
}
