package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.QuarantineMove;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QuarantineRulesTest {

    private static final Predicate<String> LAMP_ONLY = "LED-LAMP"::equals;

    private static List<String> problems(MoveType type, QuarantineMove move) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> QuarantineRules.check(type, move, LAMP_ONLY));
        return refused.problems().stream().map(p -> p.field() + " " + p.problem()).toList();
    }

    private static QuarantineMove lamps(String quantity, String reference, String reason) {
        return new QuarantineMove("N1", "LED-LAMP", new BigDecimal(quantity), reference, reason);
    }

    @Test
    void aMoveWithNothingNamesEveryField() {
        assertEquals(List.of("warehouse is required", "product is required", "quantity is required",
                "reference is required", "reason is required"), problems(MoveType.QUARANTINE_ISSUE, null));
        assertEquals(List.of("product no product BULB", "quantity must be greater than 0"), problems(
                MoveType.QUARANTINE_RECEIPT, new QuarantineMove("N1", " BULB ", new BigDecimal("-1"), "R-1", null)));
    }

    @Test
    void theReferenceIsTheCallersKeyOfAtMostSixtyCharacters() {
        assertDoesNotThrow(() -> QuarantineRules.check(MoveType.QUARANTINE_RECEIPT, lamps("1", "R".repeat(60), null),
                LAMP_ONLY));
        assertEquals(List.of("reference must be at most 60 characters"),
                problems(MoveType.QUARANTINE_RECEIPT, lamps("1", "R".repeat(61), null)));
        assertEquals(1, problems(MoveType.QUARANTINE_RECEIPT, lamps("1", "RMA-1\nR1", null)).size());
    }

    @Test
    void onlyAnIssueNeedsAReason() {
        assertDoesNotThrow(() -> QuarantineRules.check(MoveType.QUARANTINE_RELEASE, lamps("1", "I-1", null),
                LAMP_ONLY));
        assertEquals(List.of("reason is required"), problems(MoveType.QUARANTINE_ISSUE, lamps("1", "I-1", "  ")));
        assertDoesNotThrow(() -> QuarantineRules.check(MoveType.QUARANTINE_ISSUE, lamps("1", "I-1",
                "handed to production\nfor rework"), LAMP_ONLY));
        assertEquals(List.of("reason must be at most 500 characters"),
                problems(MoveType.QUARANTINE_ISSUE, lamps("1", "I-1", "x".repeat(501))));
    }

    @Test
    void quantitiesFollowTheLedgersColumns() {
        assertDoesNotThrow(() -> QuarantineRules.check(MoveType.QUARANTINE_RECEIPT, lamps("0.0001", "R-1", null),
                LAMP_ONLY));
        assertEquals(List.of("quantity at most 15 digits and 4 decimals"),
                problems(MoveType.QUARANTINE_RECEIPT, lamps("0.00001", "R-1", null)));
        assertEquals(List.of("quantity at most 15 digits and 4 decimals"),
                problems(MoveType.QUARANTINE_RECEIPT, lamps("1234567890123456", "R-1", null)));
        assertEquals(List.of("quantity must be greater than 0"), problems(MoveType.QUARANTINE_RECEIPT,
                lamps("0", "R-1", null)));
    }
}
