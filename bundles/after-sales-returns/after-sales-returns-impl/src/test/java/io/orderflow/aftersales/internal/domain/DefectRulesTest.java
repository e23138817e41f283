package io.orderflow.aftersales.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.DefectStatistics;
import io.orderflow.aftersales.api.DefectStatistics.Row;
import io.orderflow.aftersales.internal.domain.DefectRules.Returned;
import io.orderflow.aftersales.internal.domain.DefectRules.Shipped;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefectRulesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final DefectRules RULES = new DefectRules(new BigDecimal("0.02"), new BigDecimal("50"));

    private static Returned returned(String product, YearMonth month, Cause cause, String quantity) {
        return new Returned(product, month, cause, new BigDecimal(quantity));
    }

    private static Shipped shipped(String product, YearMonth month, String quantity) {
        return new Shipped(product, month, new BigDecimal(quantity));
    }

    private static DefectStatistics march(List<Returned> returned, List<Shipped> shipped) {
        return RULES.statistics(MARCH, MARCH, returned, shipped);
    }

    @Test
    void returnsAreSummedPerProductMonthAndCauseAgainstTheMonthsShipments() {
        DefectStatistics statistics = RULES.statistics(MARCH, APRIL, List.of(
                returned("LED", APRIL, Cause.NO_FAULT_FOUND, "1"),
                returned("LED", MARCH, Cause.COMPANY_QUALITY, "1.0000"),
                returned("LED", MARCH, null, "2"),
                returned("BULB", MARCH, Cause.TRANSIT_DAMAGE, "3"),
                returned("LED", MARCH, Cause.COMPANY_QUALITY, "2")), List.of(
                shipped("LED", MARCH, "40.0000"), shipped("LED", MARCH, "20"), shipped("LED", APRIL, "7"),
                shipped("LAMP", MARCH, "100")));
        assertEquals(List.of(
                new Row("BULB", MARCH, Cause.TRANSIT_DAMAGE, new BigDecimal("3"), new BigDecimal("0"), null),
                new Row("LED", MARCH, Cause.COMPANY_QUALITY, new BigDecimal("3"), new BigDecimal("60"),
                        new BigDecimal("0.0500")),
                new Row("LED", MARCH, null, new BigDecimal("2"), new BigDecimal("60"), new BigDecimal("0.0333")),
                new Row("LED", APRIL, Cause.NO_FAULT_FOUND, new BigDecimal("1"), new BigDecimal("7"),
                        new BigDecimal("0.1429"))), statistics.rows(),
                "by product, month, cause (not inspected last); nothing shipped: no rate; nothing returned: no row");
        assertEquals(List.of(statistics.rows().get(1)), statistics.flagged());
    }

    @Test
    void onlyTheCompanysQualityAboveTheRateWithEnoughShippedIsFlagged() {
        assertEquals(1, march(List.of(returned("LED", MARCH, Cause.COMPANY_QUALITY, "2")),
                List.of(shipped("LED", MARCH, "60"))).flagged().size(), "3.33 % of 60");
        assertEquals(List.of(), march(List.of(returned("LED", MARCH, Cause.COMPANY_QUALITY, "2")),
                List.of(shipped("LED", MARCH, "40"))).flagged(), "5 % of 40: too few shipped");
        assertEquals(1, march(List.of(returned("LED", MARCH, Cause.COMPANY_QUALITY, "2")),
                List.of(shipped("LED", MARCH, "50"))).flagged().size(), "4 % of exactly the minimum");
        assertEquals(List.of(), march(List.of(returned("LED", MARCH, Cause.COMPANY_QUALITY, "2")),
                List.of(shipped("LED", MARCH, "100"))).flagged(), "2 % is not above 2 %");
        assertEquals(1, march(List.of(returned("LED", MARCH, Cause.COMPANY_QUALITY, "2.0001")),
                List.of(shipped("LED", MARCH, "100"))).flagged().size(), "rounded to 0.0200, still above 2 %");
        assertEquals(List.of(), march(List.of(returned("LED", MARCH, Cause.TRANSIT_DAMAGE, "9"),
                returned("LED", MARCH, Cause.CUSTOMER_MISUSE, "9"), returned("LED", MARCH, null, "9")),
                List.of(shipped("LED", MARCH, "60"))).flagged(), "not the company's quality");
    }

    @Test
    void aRangeRunsForwardsOverAtMost36Months() {
        DefectRules.checkRange(MARCH, MARCH);
        DefectRules.checkRange(MARCH, MARCH.plusMonths(35));
        assertEquals(List.of("to"), fields(() -> DefectRules.checkRange(MARCH, MARCH.plusMonths(36))));
        assertEquals(List.of("to"), fields(() -> DefectRules.checkRange(APRIL, MARCH)));
        assertEquals(List.of("from", "to"), fields(() -> DefectRules.checkRange(null, null)));
    }

    private static List<String> fields(Runnable check) {
        return assertThrows(ValidationException.class, check::run).problems().stream().map(FieldProblem::field)
                .toList();
    }
}
