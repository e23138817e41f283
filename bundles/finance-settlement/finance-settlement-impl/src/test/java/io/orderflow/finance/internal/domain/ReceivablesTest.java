package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivablesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Receivables.Invoiced invoice(String number, String order, int day, String total, String paid) {
        return new Receivables.Invoiced(number, order, DAY.plusDays(day), new BigDecimal(total), new BigDecimal(paid));
    }

    @Test
    void anOrdersPrepaymentGoesToItsInvoicesOldestFirstAndDirectPaymentsToTheirOwn() {
        Map<String, BigDecimal> open = Receivables.open(List.of(
                invoice("INV-3", "SO-1", 5, "400.00", "0.00"),
                invoice("INV-1", "SO-1", 0, "300.00", "100.00"),
                invoice("INV-2", "SO-2", 1, "50.00", "0.00")), Map.of("SO-1", new BigDecimal("250.00")));
        assertEquals(new BigDecimal("0.00"), open.get("INV-1"), "300 less 100 paid to it less 200 of the prepayment");
        assertEquals(new BigDecimal("350.00"), open.get("INV-3"), "the prepayment's last 50");
        assertEquals(new BigDecimal("50.00"), open.get("INV-2"), "another order's prepayment is not its own");
        assertEquals(List.of("INV-3", "INV-1", "INV-2"), List.copyOf(open.keySet()), "in the order given");
    }

    @Test
    void anInvoicePaidBeyondItsTotalOwesNothingAndLendsNothing() {
        assertEquals(Map.of("INV-1", new BigDecimal("0"), "INV-2", new BigDecimal("20")), Receivables.open(List.of(
                invoice("INV-1", "SO-1", 0, "10", "15"), invoice("INV-2", "SO-1", 1, "20", "0")), Map.of()));
    }
}
