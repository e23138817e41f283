package io.orderflow.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsCompareByValueNotScale() {
        assertEquals(Money.of("25.0", "CNY"), Money.of("25.00", "CNY"));
        assertEquals(Money.of("25.0", "CNY").hashCode(), Money.of("25.00", "CNY").hashCode());
        assertEquals(1, new HashSet<>(List.of(Money.of("25", "CNY"), Money.of("25.000", "CNY"))).size());
    }

    @Test
    void differentCurrenciesAreNotEqual() {
        assertNotEquals(Money.of("25.00", "CNY"), Money.of("25.00", "EUR"));
    }

    @Test
    void arithmeticKeepsCurrencyAndRefusesMixing() {
        Money sum = Money.of("25.00", "CNY").plus(Money.of("0.50", "CNY"));
        assertEquals(Money.of("25.5", "CNY"), sum);
        assertEquals(Money.of("2500", "CNY"), Money.of("25.00", "CNY").times(BigDecimal.valueOf(100)));
        assertThrows(IllegalArgumentException.class, () -> sum.plus(Money.of("1", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> sum.compareTo(Money.of("1", "EUR")));
        assertTrue(Money.of("1", "CNY").minus(Money.of("2", "CNY")).isNegative());
    }

    @Test
    void roundsToTheCurrencysMinorUnit() {
        assertEquals("12.50", Money.of("12.50005", "CNY").roundedToMinorUnit().toPlainString());
        assertEquals("13", Money.of("12.5", "JPY").roundedToMinorUnit().toPlainString());
        assertEquals("1.01", Money.of("1.005", "XXY").roundedToMinorUnit().toPlainString());
    }

    @Test
    void parsingRefusesNonPlainDecimalsAndBadCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1e3", "CNY"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1,000.00", "CNY"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("", "CNY"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "cny"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", null));
        assertEquals("-12.50", Money.of("-12.50", "CNY").toPlainString());
    }
}
