package io.orderflow.finance.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellInputTest {

    @Test
    void wellFormedArgumentsBecomeApiValues() {
        ShellInput input = new ShellInput();
        assertEquals(new BigDecimal("1250.00"), input.amount("amount", "1250.00"));
        assertEquals(LocalDate.of(2026, 3, 2), input.date("receivedOn", "2026-03-02"));
        assertEquals(PaymentMethod.BANK_TRANSFER, input.method("method", "bank_transfer"));
        assertEquals(List.of(new AllocationRow("SO-2026-000001", new BigDecimal("300.00")),
                        new AllocationRow("INV-2026-000002", new BigDecimal("0.5"))),
                input.allocations("--allocate", List.of("SO-2026-000001=300.00", " INV-2026-000002 = 0.5")));
        input.check();
    }

    @Test
    void absentOptionalArgumentsStayAbsent() {
        ShellInput input = new ShellInput();
        assertNull(input.date("to", null));
        assertNull(input.allocations("--allocate", null));
        input.check();
        assertEquals(LocalDate.of(2026, 1, 31), ShellInput.dateOr("asOf", null, LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2025, 12, 31), ShellInput.dateOr("asOf", "2025-12-31", LocalDate.of(2026, 1, 31)));
    }

    @Test
    void everyUnreadableArgumentIsNamedAtOnce() {
        ShellInput input = new ShellInput();
        input.amount("amount", "12,50");
        input.date("receivedOn", "02.03.2026");
        input.method("method", "PAYPAL");
        List<AllocationRow> rows = input.allocations("--allocate",
                List.of("SO-2026-000001", "SO-2026-000002=lots", "SO-2026-000003=10"));
        assertEquals(List.of(new AllocationRow("SO-2026-000003", BigDecimal.TEN)), rows);

        List<FieldProblem> problems = assertThrows(ValidationException.class, input::check).problems();
        assertEquals(List.of("amount", "receivedOn", "method", "--allocate", "--allocate"),
                problems.stream().map(FieldProblem::field).toList());
        assertEquals("'12,50' is not an amount, e.g. 1250.00", problems.get(0).problem());
        assertEquals("'02.03.2026' is not a date yyyy-MM-dd", problems.get(1).problem());
        assertEquals("'PAYPAL' is not one of [BANK_TRANSFER, CHEQUE, CARD, CASH, UNKNOWN]", problems.get(2).problem());
        assertEquals("'SO-2026-000001' is not DOCUMENT=AMOUNT, e.g. SO-2026-000001=300.00", problems.get(3).problem());
        assertEquals("'SO-2026-000002=lots' is not DOCUMENT=AMOUNT, e.g. SO-2026-000001=300.00",
                problems.get(4).problem());
    }

    @Test
    void aSingleDateIsRefusedNamingItsArgument() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ShellInput.dateOr("asOf", "yesterday", LocalDate.of(2026, 1, 31)));
        assertEquals(List.of(new FieldProblem("asOf", "'yesterday' is not a date yyyy-MM-dd")), refused.problems());
    }
}
