package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.internal.domain.LineCheck.Limit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineCheckTest {

    /** Line 1 wants 100 lamps without specification, 60 reserved; line 2 wants 5 bulbs, all reserved. */
    private static final List<LineReservation> ORDER = List.of(
            new LineReservation(1, "LAMP", null, new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("40"),
                    List.of(new Allocation("N1", new BigDecimal("60")))),
            new LineReservation(2, "BULB", "matt", new BigDecimal("5"), new BigDecimal("5"), BigDecimal.ZERO,
                    List.of(new Allocation("N1", new BigDecimal("5")))));

    private static OrderLineQuantity lamps(String quantity) {
        return new OrderLineQuantity(1, "LAMP", "", new BigDecimal(quantity));
    }

    @Test
    void aShipmentTakesAtMostWhatIsReservedAClosingAtMostWhatIsOpen() {
        assertEquals(List.of(), LineCheck.problems(ORDER, List.of(lamps("60")), Limit.RESERVED));
        assertEquals(List.of("line 1: quantity 61, reserved 60 of 100 open"),
                LineCheck.problems(ORDER, List.of(lamps("61")), Limit.RESERVED));
        assertEquals(List.of(), LineCheck.problems(ORDER, List.of(lamps("100")), Limit.OPEN));
        assertEquals(List.of("line 1: quantity 101, open 100"),
                LineCheck.problems(ORDER, List.of(lamps("101")), Limit.OPEN));
    }

    @Test
    void eachLineIsNamedOnceWithTheOrdersProductAndSpecification() {
        assertEquals(List.of("line 1: named more than once", "line 2: product LAMP, ordered BULB",
                "line 2: specification none, ordered 'matt'"), LineCheck.problems(ORDER, List.of(lamps("10"),
                lamps("10"), new OrderLineQuantity(2, "LAMP", null, BigDecimal.ONE)), Limit.RESERVED));
    }

    @Test
    void theSameLinesInAnyOrderAndNotationAreTheSameCall() {
        List<OrderLineQuantity> done = List.of(lamps("60"), new OrderLineQuantity(2, "BULB", "matt", BigDecimal.ONE));
        assertTrue(LineCheck.same(done, List.of(new OrderLineQuantity(2, "BULB", "matt", new BigDecimal("1.000")),
                new OrderLineQuantity(1, "LAMP", null, new BigDecimal("60")))));
        assertFalse(LineCheck.same(done, List.of(lamps("60"))));
        assertFalse(LineCheck.same(done, List.of(lamps("60"), lamps("60"))));
        assertFalse(LineCheck.same(done, List.of(lamps("59"), new OrderLineQuantity(2, "BULB", "matt",
                BigDecimal.ONE))));
    }
}
