package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.warehouse.api.Warehouse;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarehouseRulesTest {

    private static final Set<String> REGIONS = Set.of("SOUTH", "EAST");

    @Test
    void aWarehouseOfAKnownRegionPasses() {
        WarehouseRules.check(new Warehouse("WH-SOUTH", "Guangzhou central warehouse", "SOUTH", 1), REGIONS);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> WarehouseRules.check(
                new Warehouse("wh south", "Line\nbreak", "MOON", 0), REGIONS));
        assertEquals(Set.of("code", "name", "region", "priority"),
                refused.problems().stream().map(FieldProblem::field).collect(Collectors.toSet()));
        assertEquals("no region MOON in the master data; known: [EAST, SOUTH]", refused.problems().stream()
                .filter(p -> p.field().equals("region")).findFirst().orElseThrow().problem());
    }

    @Test
    void aBlankWarehouseNeedsEveryField() {
        ValidationException refused = assertThrows(ValidationException.class, () -> WarehouseRules.check(
                new Warehouse(" ", null, "", 1000), REGIONS));
        assertEquals(4, refused.problems().size());
    }
}
