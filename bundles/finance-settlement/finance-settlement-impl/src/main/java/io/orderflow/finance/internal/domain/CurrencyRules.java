package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Money as finance keeps it (docs/business-rules.md §5): each currency in its ISO 4217 scale (JPY 0, CNY 2, BHD 3), an
 * amount someone enters is taken only as exact as its currency, and an amount finance computes (a prepayment share, a
 * tax) is rounded the one declared way.
 */
public final class CurrencyRules {

    private final RoundingMode rounding;

    /** @throws IllegalArgumentException for {@link RoundingMode#UNNECESSARY}, which would refuse every share */
    public CurrencyRules(RoundingMode rounding) {
        if (rounding == null || rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("a rounding mode that rounds is required, got " + rounding);
        }
        this.rounding = rounding;
    }

    public RoundingMode rounding() {
        return rounding;
    }

    /**
     * The currency's minor-unit digits.
     *
     * @throws IllegalArgumentException for a code that is not an ISO 4217 currency with minor units (XAU, XXX)
     */
    public static int scale(String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currency);
        }
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " is not money finance keeps: it has no minor unit");
        }
        return digits;
    }

    /**
     * An amount as entered, in its currency's scale.
     *
     * @throws IllegalArgumentException when it has more decimals than the currency has: it is never rounded silently
     */
    public static BigDecimal entered(BigDecimal amount, String currency) {
        int scale = scale(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (Math.max(0, stripped.scale()) > scale) {
            throw new IllegalArgumentException(currency + " amounts have " + scale + " decimals at most, got "
                    + amount.toPlainString());
        }
        return amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** A computed amount rounded to its currency's scale the declared way. */
    public BigDecimal rounded(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), rounding);
    }

    /**
     * {@code percent} of {@code total}, rounded the declared way: what a prepayment of that percentage asks for. The rest
     * is {@code total} minus this, so the two add up exactly.
     */
    public BigDecimal share(BigDecimal total, int percent, String currency) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a percentage is 0 to 100, got " + percent);
        }
        return percent == 100 ? entered(total, currency)
                : rounded(total.multiply(BigDecimal.valueOf(percent)).movePointLeft(2), currency);
    }

    /**
     * {@code total} split in proportion to {@code weights}, each part in the currency's scale, the parts adding up to
     * {@code total} exactly: each part rounded down, and the minor units left over given one each to the parts that
     * lost the most by it (the earlier one of a tie). Used where one amount (freight, a discount) is spread over lines.
     *
     * @throws IllegalArgumentException for a negative weight or weights that add up to zero
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, String currency) {
        int scale = scale(currency);
        BigDecimal exact = entered(total, currency);
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.stream().anyMatch(w -> w.signum() < 0) || sum.signum() == 0) {
            throw new IllegalArgumentException("weights are not negative and add up to more than zero: " + weights);
        }
        List<BigDecimal> parts = new ArrayList<>();
        List<BigDecimal> lost = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            BigDecimal ideal = exact.multiply(weight).divide(sum, scale + 10, RoundingMode.HALF_EVEN);
            BigDecimal part = ideal.setScale(scale, exact.signum() < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
            parts.add(part);
            lost.add(ideal.subtract(part).abs());
            given = given.add(part);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(exact.signum()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> lost.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; given.compareTo(exact) != 0; k++) {
            int i = order.get(k % order.size());
            parts.set(i, parts.get(i).add(unit));
            given = given.add(unit);
        }
        return parts;
    }
}
