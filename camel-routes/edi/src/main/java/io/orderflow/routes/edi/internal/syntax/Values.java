package io.orderflow.routes.edi.internal.syntax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Our values as the documents we write carry them. */
final class Values {

    private Values() {
    }

    /** A number without an exponent or trailing zeros: {@code 50.000} is {@code 50}. */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /**
     * An amount of money in its currency's ISO 4217 scale: {@code 1130.00} CNY, {@code 12345} JPY, {@code 1.250} BHD.
     *
     * @throws IllegalArgumentException when it has more decimals than its currency: an amount is never rounded here
     */
    static String money(BigDecimal amount, String currency) {
        try {
            return amount.setScale(minorDigits(currency), RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(amount.toPlainString() + " " + currency + " has more decimals than "
                    + currency + " has", e);
        }
    }

    /** A unit price: at least its currency's decimals ({@code 24.50} CNY), more when it has them ({@code 0.125}). */
    static String price(BigDecimal price, String currency) {
        return price.setScale(Math.max(minorDigits(currency), price.stripTrailingZeros().scale())).toPlainString();
    }

    /**
     * An amount as X12's N2 type carries it, two implied decimals whatever the currency: {@code 1130.50} is
     * {@code 113050}, {@code 12345} JPY is {@code 1234500}.
     *
     * @throws IllegalArgumentException for an amount that is not a whole number of hundredths (a 3-decimal currency's
     *                                  {@code 1.255}): N2 cannot carry it, and it is never rounded
     */
    static String hundredths(BigDecimal amount) {
        try {
            return amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(amount.toPlainString() + " is not a whole number of hundredths, which"
                    + " is all X12's N2 amounts can carry", e);
        }
    }

    /** A fraction as a percentage: {@code 0.13} is {@code 13}, {@code 0.065} is {@code 6.5}. */
    static String percent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2));
    }

    /** @throws IllegalArgumentException for a code that is not an ISO 4217 currency with minor units */
    private static int minorDigits(String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currency, unknown);
        }
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit: it is not money we invoice in");
        }
        return digits;
    }

    /** Our pieces are X12's "each" (unit code 355); other units are written as we keep them. */
    static String x12Unit(String unit) {
        return "PCS".equalsIgnoreCase(unit) ? "EA" : unit;
    }

    /** Our pieces are UN/ECE recommendation 20's "piece" (EDIFACT 6411); other units are written as we keep them. */
    static String edifactUnit(String unit) {
        return "PCS".equalsIgnoreCase(unit) ? "PCE" : unit;
    }
}
