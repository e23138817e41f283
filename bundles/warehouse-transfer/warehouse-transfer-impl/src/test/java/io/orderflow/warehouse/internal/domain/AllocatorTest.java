package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.warehouse.internal.domain.Allocator.Candidate;
import io.orderflow.warehouse.internal.domain.Allocator.OtherWarehouses;
import io.orderflow.warehouse.internal.domain.Allocator.Share;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private static final List<Candidate> WAREHOUSES = List.of(
            new Candidate("WH-NORTH", "NORTH", 1, new BigDecimal("30")),
            new Candidate("WH-EAST", "EAST", 2, new BigDecimal("50")),
            new Candidate("WH-SOUTH", "SOUTH", 3, new BigDecimal("40")));

    private static List<Share> allocate(String wanted, OtherWarehouses rule) {
        return Allocator.allocate(new BigDecimal(wanted), WAREHOUSES, "SOUTH", rule);
    }

    @Test
    void theCustomersRegionComesFirstAndIsEnoughWhenItHasIt() {
        assertEquals(List.of(new Share("WH-SOUTH", new BigDecimal("25"))), allocate("25", OtherWarehouses.BY_PRIORITY));
    }

    @Test
    void theRestComesFromTheOthersByPriorityOrByWhatTheyHave() {
        assertEquals(List.of(new Share("WH-SOUTH", new BigDecimal("40")), new Share("WH-NORTH", new BigDecimal("30")),
                new Share("WH-EAST", new BigDecimal("10"))), allocate("80", OtherWarehouses.BY_PRIORITY));
        assertEquals(List.of(new Share("WH-SOUTH", new BigDecimal("40")), new Share("WH-EAST", new BigDecimal("40"))),
                allocate("80", OtherWarehouses.MOST_AVAILABLE));
    }

    @Test
    void neverMoreThanAvailableTheShortfallStaysUnallocated() {
        List<Share> shares = allocate("500", OtherWarehouses.BY_PRIORITY);
        assertEquals(new BigDecimal("120"), shares.stream().map(Share::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(List.of(), Allocator.allocate(BigDecimal.TEN, List.of(new Candidate("WH-X", "SOUTH", 1,
                BigDecimal.ZERO)), "SOUTH", OtherWarehouses.BY_PRIORITY));
    }
}
