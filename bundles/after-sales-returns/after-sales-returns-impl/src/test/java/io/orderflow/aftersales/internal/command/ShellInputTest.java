package io.orderflow.aftersales.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellInputTest {

    @Test
    void lineArgumentsKeepTheirFieldsAndAReasonWithColons() {
        ShellInput input = new ShellInput();
        List<ShellInput.LineArgument> lines = input.lines("lines",
                List.of("1:2:COMPANY_QUALITY:REWORK", "2:0.5:TRANSIT_DAMAGE:SCRAP:housing cracked: see photo 2"),
                3, true, "shape");
        input.check();
        assertEquals(1, lines.get(0).lineNo());
        assertEquals(new BigDecimal("2"), lines.get(0).quantity());
        assertEquals("REWORK", lines.get(0).field(1));
        assertNull(lines.get(0).field(2));
        assertEquals(new BigDecimal("0.5"), lines.get(1).quantity());
        assertEquals("housing cracked: see photo 2", lines.get(1).field(2));
    }

    @Test
    void plainQuantitiesAreReadAndEveryBadArgumentIsNamedAtOnce() {
        ShellInput input = new ShellInput();
        List<ShellInput.LineArgument> lines = input.lines("lines", List.of("1:5", "2", "x:1", "3:1e3", "4:1,5"), 0,
                false, "lineNo:quantity, e.g. 1:5");
        assertEquals(1, lines.size());
        assertNull(input.quantity("quantity", null));
        input.quantity("quantity", "three");
        input.whole("score", "4.5");
        input.choice("--status", "open", ReturnStatus.class);
        input.yesNo("--company-quality", "maybe");
        input.month("--from", "2026-3");
        List<FieldProblem> problems = assertThrows(ValidationException.class, input::check).problems();
        assertEquals(List.of(
                new FieldProblem("lines", "'2' is not lineNo:quantity, e.g. 1:5"),
                new FieldProblem("lines", "'x:1' is not lineNo:quantity, e.g. 1:5"),
                new FieldProblem("lines", "'3:1e3' is not lineNo:quantity, e.g. 1:5"),
                new FieldProblem("lines", "'4:1,5' is not lineNo:quantity, e.g. 1:5"),
                new FieldProblem("quantity", "'three' is not a quantity, e.g. 2 or 1.5"),
                new FieldProblem("score", "'4.5' is not a whole number"),
                new FieldProblem("--status", "'open' is not one of [REQUESTED, AUTHORIZED, REJECTED, RECEIVED,"
                        + " INSPECTED, REMEDYING, CLOSED]"),
                new FieldProblem("--company-quality", "'maybe' is not yes or no"),
                new FieldProblem("--from", "'2026-3' is not a month yyyy-MM, e.g. 2026-03")), problems);
    }

    @Test
    void missingFieldsOfALineAreRefused() {
        ShellInput input = new ShellInput();
        input.lines("lines", List.of("1:2:EXCHANGE"), 3, true, "lineNo:quantity:CAUSE:DISPOSITION[:reason]");
        assertEquals("'1:2:EXCHANGE' is not lineNo:quantity:CAUSE:DISPOSITION[:reason]",
                assertThrows(ValidationException.class, input::check).problems().get(0).problem());
    }

    @Test
    void choicesIgnoreCaseAndDashes() {
        ShellInput input = new ShellInput();
        assertEquals(Cause.NO_FAULT_FOUND, input.choice("cause", "no-fault-found", Cause.class));
        assertEquals(Boolean.TRUE, input.yesNo("q", "Yes"));
        assertEquals(Boolean.FALSE, input.yesNo("q", "false"));
        assertNull(input.yesNo("q", null));
        assertEquals(YearMonth.of(2026, 11), input.month("--to", "2026-11"));
        assertEquals(Integer.valueOf(5), input.whole("score", " 5 "));
        input.check();
    }
}
