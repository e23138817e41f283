package io.orderflow.benchmarks;

import java.util.List;

/**
 * One quantity measured over several runs after the warm-up (files/s, ms, MB): its median, and how far the runs
 * spread around it. These machines vary up to 2.7× between runs of one benchmark, so a single run says little.
 *
 * @param unit what the values are, e.g. {@code files/s}
 * @param runs one value per measured run, in the order measured
 */
public record Sample(String unit, List<Double> runs) {

    public Sample {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one run");
        }
        runs = List.copyOf(runs);
    }

    public double median() {
        List<Double> sorted = runs.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public double min() {
        return runs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double max() {
        return runs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** (max − min) ÷ median: 0.1 when the runs lie within 10 % of their median. */
    public double spread() {
        return (max() - min()) / median();
    }
}
