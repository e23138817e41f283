package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CurrencyRulesTest {

    private final CurrencyRules rules = new CurrencyRules(RoundingMode.HALF_UP);

    @Test
    void eachCurrencyHasItsIsoScaleAndAnAmountIsTakenOnlyAsExactAsItsCurrency() {
        assertEquals(0, CurrencyRules.scale("JPY"));
        assertEquals(2, CurrencyRules.scale("CNY"));
        assertEquals(3, CurrencyRules.scale("BHD"));
        assertEquals("not an ISO 4217 currency: ABC",
                assertThrows(IllegalArgumentException.class, () -> CurrencyRules.scale("ABC")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CurrencyRules.scale("XAU"), "gold has no minor unit");

        assertEquals(new BigDecimal("10.50"), CurrencyRules.entered(new BigDecimal("10.5"), "CNY"));
        assertEquals(new BigDecimal("100"), CurrencyRules.entered(new BigDecimal("100.00"), "JPY"));
        assertEquals(new BigDecimal("1.250"), CurrencyRules.entered(new BigDecimal("1.25"), "BHD"));
        assertEquals("CNY amounts have 2 decimals at most, got 10.005", assertThrows(IllegalArgumentException.class,
                () -> CurrencyRules.entered(new BigDecimal("10.005"), "CNY")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CurrencyRules.entered(new BigDecimal("100.5"), "JPY"));
    }

    @Test
    void aPrepaymentShareIsRoundedTheDeclaredWayAndTheRestMakesUpTheTotal() {
        assertEquals(new BigDecimal("300.00"), rules.share(new BigDecimal("1000.01"), 30, "CNY"));
        assertEquals(new BigDecimal("1.50"), rules.share(new BigDecimal("5.00"), 30, "CNY"), "1.5 exactly");
        assertEquals(new BigDecimal("330"), rules.share(new BigDecimal("1001"), 33, "JPY"), "330.33 rounds to 330");
        assertEquals(new BigDecimal("0.002"), new CurrencyRules(RoundingMode.HALF_EVEN)
                .share(new BigDecimal("0.005"), 50, "BHD"), "0.0025 to even");
        assertEquals(new BigDecimal("0.003"), rules.share(new BigDecimal("0.005"), 50, "BHD"), "0.0025 half up");
        assertEquals(new BigDecimal("1001"), rules.share(new BigDecimal("1001"), 100, "JPY"));
        assertThrows(IllegalArgumentException.class, () -> new CurrencyRules(RoundingMode.UNNECESSARY));
    }
}
