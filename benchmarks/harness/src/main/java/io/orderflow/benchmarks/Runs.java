package io.orderflow.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Runs a measurement after warm-up runs whose values are dropped, as every benchmark does. */
public final class Runs {

    /** One run: does the work once and answers its value in the sample's unit. */
    @FunctionalInterface
    public interface Measurement {
        double run() throws Exception;
    }

    private Runs() {
    }

    /**
     * @param warmUps runs whose values are dropped (the JIT, caches, connection pools)
     * @param runs    measured runs, at least 3 so that a median means something
     */
    public static Sample measure(String unit, int warmUps, int runs, Measurement measurement) throws Exception {
        if (runs < 3) {
            throw new IllegalArgumentException("at least 3 measured runs, got " + runs);
        }
        List<Double> values = new ArrayList<>();
        for (int run = 0; run < warmUps + runs; run++) {
            double value = measurement.run();
            if (run >= warmUps) {
                values.add(value);
            }
        }
        return new Sample(unit, values);
    }

    /** Work per second from a count and the nanoseconds it took. */
    public static double perSecond(long count, long nanos) {
        return count * 1e9 / nanos;
    }
}
