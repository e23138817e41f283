package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.salesorder.api.ChangeDraft;
import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<Integer> LINES = List.of(1, 2);

    private static Map<String, String> problems(ChangeDraft draft) {
        ValidationException e = assertThrows(ValidationException.class, () -> ChangeRules.check(draft, LINES, TODAY));
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::problem));
    }

    @Test
    void aNewDateAndQuantityAreAccepted() {
        var change = ChangeRules.check(new ChangeDraft("2027-01-20",
                List.of(new LineChange(2, new BigDecimal("150"), "  ")), " customer needs more "), LINES, TODAY);
        assertEquals(LocalDate.of(2027, 1, 20), change.newDelivery());
        assertEquals(List.of(new LineChange(2, new BigDecimal("150"), null)), change.lines(),
                "a blank specification means unchanged");
        assertEquals("customer needs more", change.reason());
    }

    @Test
    void aSpecificationAloneIsAChange() {
        var change = ChangeRules.check(new ChangeDraft(null, List.of(new LineChange(1, null, "3000K")), "warmer light"),
                LINES, TODAY);
        assertNull(change.newDelivery());
        assertEquals("3000K", change.lines().get(0).specification());
    }

    @Test
    void aChangeWithoutAnythingToChangeIsRefused() {
        assertEquals(Map.of("lines", "ask for at least one change: a new delivery date, quantity or specification"),
                problems(new ChangeDraft(" ", List.of(), "why not")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> problems = problems(new ChangeDraft("2026-11-21", List.of(
                new LineChange(3, BigDecimal.TEN, null),
                new LineChange(1, BigDecimal.ZERO, null),
                new LineChange(1, null, "x"),
                new LineChange(2, null, null),
                new LineChange(null, BigDecimal.ONE, null)), null));
        assertEquals("is required", problems.get("reason"));
        assertEquals("is in the past (today is 2026-11-22)", problems.get("requestedDelivery"));
        assertEquals("the order has no line 3", problems.get("lines[0].lineNo"));
        assertEquals("must be greater than 0", problems.get("lines[1].quantity"));
        assertEquals("line 1 is changed twice", problems.get("lines[2].lineNo"));
        assertEquals("change the quantity, the specification or both", problems.get("lines[3]"));
        assertEquals("is required", problems.get("lines[4].lineNo"));
        assertEquals(7, problems.size(), problems.toString());
    }

    @Test
    void aDateMustBeReadableAndWithinTheIntakeHorizon() {
        assertEquals("must be a date like 2027-01-15", problems(new ChangeDraft("20/01/2027", null, "r"))
                .get("requestedDelivery"));
        assertEquals("must be within 5 years from today", problems(new ChangeDraft("2031-11-23", null, "r"))
                .get("requestedDelivery"));
    }
}
