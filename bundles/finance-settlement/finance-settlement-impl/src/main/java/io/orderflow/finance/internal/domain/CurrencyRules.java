package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

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
}
