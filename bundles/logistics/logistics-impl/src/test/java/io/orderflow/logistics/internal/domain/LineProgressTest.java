package io.orderflow.logistics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineProgressTest {

    private static final LineProgress TEN = new LineProgress(1, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO);

    @Test
    void aPartialShipmentLeavesABackorderThatASecondShipmentClears() {
        LineProgress partly = TEN.ship(new BigDecimal("6"), 0);
        assertEquals(0, new BigDecimal("4").compareTo(partly.open()));
        assertTrue(!partly.done());
        assertTrue(partly.ship(new BigDecimal("4"), 0).done());
    }

    @Test
    void closingTheRestLeavesNothingOpen() {
        LineProgress closed = TEN.ship(new BigDecimal("6"), 0).closeRest();
        assertTrue(closed.done());
        assertEquals(0, new BigDecimal("4").compareTo(closed.closed()));
    }

    @Test
    void refusesMoreThanIsOpenAndNothingAtAll() {
        ValidationException tooMuch = assertThrows(ValidationException.class,
                () -> TEN.ship(new BigDecimal("6"), 2).ship(new BigDecimal("5"), 2));
        assertEquals("lines[2].quantity", tooMuch.problems().get(0).field());
        assertEquals("line 1 has 4 open, not 5", tooMuch.problems().get(0).problem());
        assertThrows(ValidationException.class, () -> TEN.ship(BigDecimal.ZERO, 0));
        assertThrows(ValidationException.class, () -> TEN.ship(null, 0));
    }
}
