package io.orderflow.aftersales.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestInputTest {

    @Test
    void onlyAReturnsNumberShapeReachesTheService() {
        assertEquals("RET-2026-000123", RestInput.returnNumber("RET-2026-000123"));
        for (String bad : new String[] {"RET-2026-00012", "RET-2026-0001234", "ret-2026-000123", "RMA-2026-000123",
                "RET-2026-000123\n", " RET-2026-000123", "RET-26-000123", "RET-2026-000123/../x", "", null}) {
            assertThrows(NotFoundException.class, () -> RestInput.returnNumber(bad), String.valueOf(bad));
        }
    }

    @Test
    void statusIsOptionalAndNamedWhenUnknown() {
        assertNull(RestInput.status(null));
        assertNull(RestInput.status(" "));
        assertEquals(ReturnStatus.AUTHORIZED, RestInput.status("AUTHORIZED"));
        ValidationException refused = assertThrows(ValidationException.class, () -> RestInput.status("OPEN"));
        assertEquals("status", refused.problems().get(0).field());
    }

    @Test
    void limitDefaultsAndStaysWithinBounds() {
        assertEquals(50, RestInput.limit(null));
        assertEquals(1, RestInput.limit("1"));
        assertEquals(500, RestInput.limit("500"));
        for (String bad : new String[] {"0", "501", "-3", "ten", "99999999999999999999", "2.5"}) {
            ValidationException refused = assertThrows(ValidationException.class, () -> RestInput.limit(bad), bad);
            assertEquals(List.of(new FieldProblem("limit", "must be a whole number from 1 to 500")),
                    refused.problems());
        }
    }

    @Test
    void aMonthIsYearDashMonthAndABadOneNamesItsField() {
        YearMonth fallback = YearMonth.of(2026, 6);
        assertEquals(fallback, RestInput.month("to", null, fallback));
        assertEquals(fallback, RestInput.month("to", "", fallback));
        assertEquals(YearMonth.of(2026, 3), RestInput.month("from", "2026-03", fallback));
        for (String bad : new String[] {"2026-13", "2026-3", "03-2026", "2026-03-01", "+12026-03", "March"}) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> RestInput.month("from", bad, fallback), bad);
            assertEquals(List.of(new FieldProblem("from", "must be a month such as 2026-03, got '" + bad + "'")),
                    refused.problems());
        }
    }
}
