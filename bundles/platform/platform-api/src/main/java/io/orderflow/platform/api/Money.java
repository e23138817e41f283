package io.orderflow.platform.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency. Two amounts are equal when their values are equal, whatever
 * their scale: {@code 25.0 CNY} equals {@code 25.00 CNY}.
 *
 * @param amount   the value, never null
 * @param currency the ISO 4217 code, three upper-case letters, never null
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** @throws IllegalArgumentException when the amount is missing or the currency is not a three-letter code */
    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code, got " + currency);
        }
    }

    /**
     * Parses a decimal string such as {@code "25.00"}.
     *
     * @throws IllegalArgumentException when the amount is not a plain decimal number or the currency is invalid
     */
    public static Money of(String amount, String currency) {
        return new Money(parseAmount(amount), currency);
    }

    /** Parses a plain decimal (no exponent, no grouping); throws IllegalArgumentException naming the input otherwise. */
    public static BigDecimal parseAmount(String amount) {
        if (amount == null || !amount.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a decimal amount: " + amount);
        }
        return new BigDecimal(amount);
    }

    /**
     * An amount as a DECIMAL(19,4) column gives it back ({@code 25.0000}), shown with the decimals it needs but at least
     * two ({@code 25.00}, {@code 0.125}).
     */
    public static Money ofStored(BigDecimal stored, String currency) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return new Money(stripped.scale() < 2 ? stored.setScale(2) : stripped, currency);
    }

    /** The zero amount in a currency. */
    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /**
     * Rounded half-up to the currency's minor unit (2 decimals for CNY, 0 for JPY; 2 for a code the JDK does not
     * know), as an amount charged is.
     */
    public Money roundedToMinorUnit() {
        int digits;
        try {
            digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknownCurrency) {
            digits = 2;
        }
        return new Money(amount.setScale(digits, RoundingMode.HALF_UP), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The amount as a plain string without exponent, e.g. {@code "2500.00"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    /** @throws IllegalArgumentException when the currencies differ */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
