package io.orderflow.aftersales.internal.domain;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.DefectStatistics;
import io.orderflow.aftersales.api.DefectStatistics.Row;
import io.orderflow.platform.api.error.Problems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Defect statistics (docs/business-rules.md §9): returned quantities by product, month and cause against what was
 * shipped of the product in the month, and the products whose returns for the company's quality passed the flag
 * rate in a month with enough shipped to say so.
 *
 * @param flagRate       the share of a month's shipped quantity (a fraction, 0.02 for 2 %) that the COMPANY_QUALITY
 *                       returns must pass to flag the product
 * @param minimumShipped the quantity of a product shipped in the month below which it is never flagged
 */
public record DefectRules(BigDecimal flagRate, BigDecimal minimumShipped) {

    /** The longest range asked at once, in months. */
    public static final int MAX_MONTHS = 36;

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::productCode)
            .thenComparing(Row::month)
            .thenComparing(Row::cause, Comparator.nullsLast(Comparator.naturalOrder()));

    /** A quantity returned of a product in a month, put down to a cause (null: received, not inspected yet). */
    public record Returned(String productCode, YearMonth month, Cause cause, BigDecimal quantity) {
    }

    /** A product's quantity shipped in a month. */
    public record Shipped(String productCode, YearMonth month, BigDecimal quantity) {
    }

    /**
     * @throws io.orderflow.platform.api.error.ValidationException naming {@code from} or {@code to} for a missing,
     *         empty or too long range
     */
    public static void checkRange(YearMonth from, YearMonth to) {
        Problems problems = new Problems();
        if (from == null) {
            problems.add("from", "is required, a month such as 2026-03");
        }
        if (to == null) {
            problems.add("to", "is required, a month such as 2026-03");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add("to", "must not be before from (" + from + ")");
            } else if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
                problems.add("to", "must be at most " + MAX_MONTHS + " months from " + from + " on, both included");
            }
        }
        problems.throwIfAny();
    }

    /**
     * The statistics of the months {@code from} to {@code to}: a row per product, month and cause returned, summed;
     * flagged, its COMPANY_QUALITY rows with at least {@link #minimumShipped} shipped and a rate above
     * {@link #flagRate}.
     *
     * @param returned what came back in the range, in any order and as many entries per product, month and cause
     * @param shipped  what was shipped in the range, as many entries per product and month
     */
    public DefectStatistics statistics(YearMonth from, YearMonth to, List<Returned> returned, List<Shipped> shipped) {
        Map<String, Map<YearMonth, BigDecimal>> shippedSums = shipped.stream().collect(Collectors.groupingBy(
                Shipped::productCode, Collectors.groupingBy(Shipped::month,
                        Collectors.reducing(BigDecimal.ZERO, Shipped::quantity, BigDecimal::add))));
        Map<Returned, BigDecimal> returnedSums = returned.stream().collect(Collectors.groupingBy(
                r -> new Returned(r.productCode(), r.month(), r.cause(), null),
                Collectors.reducing(BigDecimal.ZERO, Returned::quantity, BigDecimal::add)));
        List<Row> rows = returnedSums.entrySet().stream().map(sum -> row(sum.getKey(), sum.getValue(),
                shippedSums.getOrDefault(sum.getKey().productCode(), Map.of())
                        .getOrDefault(sum.getKey().month(), BigDecimal.ZERO))).sorted(ORDER).toList();
        return new DefectStatistics(from, to, rows, rows.stream().filter(this::flagged).toList());
    }

    private static Row row(Returned key, BigDecimal returned, BigDecimal shipped) {
        return new Row(key.productCode(), key.month(), key.cause(), normal(returned), normal(shipped),
                shipped.signum() == 0 ? null : returned.divide(shipped, 4, RoundingMode.HALF_UP));
    }

    /** Measured on the exact share, not the rounded rate: 2.00004 % is above 2 %. */
    private boolean flagged(Row row) {
        return row.cause() == Cause.COMPANY_QUALITY && row.shipped().signum() > 0
                && row.shipped().compareTo(minimumShipped) >= 0
                && row.returned().compareTo(flagRate.multiply(row.shipped())) > 0;
    }

    /** A quantity as people read it: 60, not 60.0000 or 6E+1. */
    private static BigDecimal normal(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
