package io.orderflow.logistics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineProgressTest {

    private static final LineProgress TEN = LineProgress.of(1, BigDecimal.TEN);
    private static final BigDecimal SIX = new BigDecimal("6");
    private static final BigDecimal FOUR = new BigDecimal("4");

    @Test
    void aPartialShipmentLeavesABackorderThatASecondShipmentClears() {
        LineProgress partly = TEN.plan(SIX, 0);
        assertEquals(0, FOUR.compareTo(partly.open()));
        assertFalse(partly.done());
        LineProgress dispatched = partly.dispatch(SIX);
        assertEquals(0, SIX.compareTo(dispatched.shipped()));
        assertFalse(dispatched.done(), "four are still open");
        assertTrue(dispatched.plan(FOUR, 0).dispatch(FOUR).done());
    }

    @Test
    void aLineIsNotDoneWhileItsShipmentWaits() {
        LineProgress planned = TEN.plan(BigDecimal.TEN, 0);
        assertEquals(0, planned.open().signum());
        assertFalse(planned.done());
        assertEquals(0, BigDecimal.TEN.compareTo(planned.unplan(BigDecimal.TEN).open()), "a cancelled shipment reopens");
    }

    @Test
    void closingTheRestLeavesNothingOpen() {
        LineProgress closed = TEN.plan(SIX, 0).dispatch(SIX).closeRest();
        assertTrue(closed.done());
        assertEquals(0, FOUR.compareTo(closed.closed()));
    }

    @Test
    void refusesMoreThanIsOpenAndNothingAtAll() {
        ValidationException tooMuch = assertThrows(ValidationException.class,
                () -> TEN.plan(SIX, 2).plan(new BigDecimal("5"), 2));
        assertEquals("lines[2].quantity", tooMuch.problems().get(0).field());
        assertEquals("line 1 has 4 open, not 5", tooMuch.problems().get(0).problem());
        assertThrows(ValidationException.class, () -> TEN.plan(BigDecimal.ZERO, 0));
        assertThrows(ValidationException.class, () -> TEN.plan(null, 0));
    }
}
