package io.orderflow.production.internal.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * How the scheduler scales, next to the floor any scheduler pays (sorting the jobs and summing their operation
 * minutes). Run with {@code -Pbench}; the table goes to stdout and to the file named by {@code orderflow.bench.report}.
 */
class SchedulerBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;
    private static final long TEN_THOUSAND_JOBS_BUDGET_MS = 2_000;

    /** Keeps the JIT from discarding work whose result nobody reads. */
    private long sink;

    @Test
    void benchmark() throws IOException {
        StringBuilder table = new StringBuilder(String.format("%9s %14s %13s %7s %7s %9s%n",
                "jobs", "scheduler ms", "baseline ms", "ratio", "growth", "slots"));
        double previous = Double.NaN;
        double tenThousand = Double.NaN;
        for (int size : SIZES) {
            PlanInput input = RandomPlanInput.generate(20261123L, size);
            int slots = Scheduler.schedule(input).slots().size();
            List<Long> schedulerNanos = new ArrayList<>();
            List<Long> baselineNanos = new ArrayList<>();
            for (int run = 0; run < WARM_UPS + RUNS; run++) {
                long scheduler = time(input, in -> Scheduler.schedule(in).slots().size());
                long baseline = time(input, SchedulerBenchmark::sortAndSumMinutes);
                if (run >= WARM_UPS) {
                    schedulerNanos.add(scheduler);
                    baselineNanos.add(baseline);
                }
            }
            double schedulerMs = medianMs(schedulerNanos);
            double baselineMs = medianMs(baselineNanos);
            table.append(String.format("%9d %14.1f %13.1f %7.1f %7s %9d%n", size, schedulerMs, baselineMs,
                    schedulerMs / baselineMs, Double.isNaN(previous) ? "-" : String.format("%.1f", schedulerMs / previous),
                    slots));
            previous = schedulerMs;
            if (size == 10_000) {
                tenThousand = schedulerMs;
            }
        }
        System.out.print(table);
        String report = System.getProperty("orderflow.bench.report");
        if (report != null) {
            Path path = Path.of(report);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, table);
        }
        assertTrue(sink != 0);
        assertTrue(tenThousand <= TEN_THOUSAND_JOBS_BUDGET_MS, "10,000 jobs took " + tenThousand + " ms");
    }

    private long time(PlanInput input, ToLongFunction<PlanInput> work) {
        long start = System.nanoTime();
        sink += work.applyAsLong(input);
        return System.nanoTime() - start;
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

    private static double medianMs(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
