package io.orderflow.benchmarks;

/**
 * A benchmark's figure beside its baseline measured in the same run: the same work by the shortest honest path (the
 * same rows, the same sequence updates and locks, the same commit policy).
 *
 * @param id         a short stable name to compare runs by, e.g. {@code B1.edi-files}
 * @param better     whether a higher or a lower value is better (files/s against ms)
 */
public record Figure(String id, String title, Sample orderflow, Sample baseline, Better better) {

    /** Which way a figure improves. */
    public enum Better { HIGHER, LOWER }

    /**
     * Orderflow's median as a share of the baseline's, the way round that reads "how close": for a rate,
     * Orderflow ÷ baseline (0.5 = half the baseline's throughput); for a time, baseline ÷ Orderflow.
     */
    public double ratio() {
        return better == Better.HIGHER ? orderflow.median() / baseline.median()
                : baseline.median() / orderflow.median();
    }
}
