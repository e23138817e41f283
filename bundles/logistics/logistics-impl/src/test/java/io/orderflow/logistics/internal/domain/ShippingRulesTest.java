package io.orderflow.logistics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/business-rules.md §8 and worked examples G and H (§7), on the shipped defaults. */
class ShippingRulesTest {

    private static final ShippingRules RULES = new ShippingRules(Map.of("CNY", new BigDecimal("10000"),
            "EUR", new BigDecimal("1300")), 3, 3);

    @Test
    void anOrderAboveTheThresholdOfItsCurrencyOrWithACustomLineTravelsByAVehicleOfItsOwn() {
        assertEquals(ShippingMethod.DEDICATED_VEHICLE, RULES.method(Money.of("12000.00", "CNY"), false),
                "example G: 12,000 CNY");
        assertEquals(ShippingMethod.EXPRESS, RULES.method(Money.of("10000.00", "CNY"), false),
                "10,000 does not exceed 10,000");
        assertEquals(ShippingMethod.EXPRESS, RULES.method(Money.of("480.00", "CNY"), false), "example H");
        assertEquals(ShippingMethod.DEDICATED_VEHICLE, RULES.method(Money.of("1300.01", "EUR"), false));
        assertEquals(ShippingMethod.DEDICATED_VEHICLE, RULES.method(Money.of("50.00", "CNY"), true), "a custom line");
    }

    @Test
    void anOrderInACurrencyWithoutAThresholdIsRefusedRatherThanGuessed() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> RULES.method(Money.of("99.00", "USD"), false));
        assertEquals(List.of(new FieldProblem("currency", "no dedicated-vehicle threshold is configured for USD;"
                + " configure one before shipping orders in it")), refused.problems());
    }

    @Test
    void aTripIsBookedAtLeastThreeCalendarDaysBeforeItsDeparture() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> RULES.checkBooking(LocalDate.of(2026, 12, 4), today), "example G: two days ahead");
        assertEquals("a dedicated vehicle is booked at least 3 days before its departure: 2026-12-04 is 2 day(s) after"
                + " 2026-12-02", refused.problems().get(0).problem());
        assertDoesNotThrow(() -> RULES.checkBooking(LocalDate.of(2026, 12, 5), today), "three days ahead");
        assertThrows(ValidationException.class, () -> RULES.checkBooking(LocalDate.of(2026, 12, 1), today),
                "a departure in the past");
    }

    @Test
    void expressArrivesThreeCalendarDaysAfterDispatch() {
        assertEquals(LocalDate.of(2027, 1, 2), RULES.expressArrival(LocalDate.of(2026, 12, 30)),
                "calendar days, across the year's end");
    }
}
