package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Map<String, OpenItem> OPEN = Map.of(
            "SO-1", new OpenItem("SO-1", "CNY", new BigDecimal("300.00"), DAY),
            "INV-2026-000001", new OpenItem("INV-2026-000001", "CNY", new BigDecimal("1200.50"), DAY.plusDays(1)),
            "INV-2026-000002", new OpenItem("INV-2026-000002", "USD", new BigDecimal("80.00"), DAY));

    @Test
    void aPaymentGoesPartlyToSeveralDocumentsAndTheRestStaysOnAccount() {
        AllocationPlan plan = Allocations.requested(new BigDecimal("1000.00"), "CNY", List.of(
                new Allocation("SO-1", new BigDecimal("300")), new Allocation("INV-2026-000001", new BigDecimal("500.5"))),
                OPEN);
        assertEquals(List.of(new Allocation("SO-1", new BigDecimal("300.00")),
                new Allocation("INV-2026-000001", new BigDecimal("500.50"))), plan.rows());
        assertEquals(new BigDecimal("199.50"), plan.onAccount());
    }

    @Test
    void eachBadRowIsNamedWithWhatIsWrong() {
        ValidationException refused = assertThrows(ValidationException.class, () -> Allocations.requested(
                new BigDecimal("1000.00"), "CNY", List.of(
                        new Allocation("SO-9", BigDecimal.TEN),
                        new Allocation("INV-2026-000002", BigDecimal.TEN),
                        new Allocation("SO-1", new BigDecimal("300.01")),
                        new Allocation("INV-2026-000001", new BigDecimal("0.001")),
                        new Allocation("INV-2026-000001", BigDecimal.ONE)), OPEN));
        assertEquals(List.of(
                new FieldProblem("allocations[0].document", "no open order or invoice SO-9 of this customer"),
                new FieldProblem("allocations[1].document", "INV-2026-000002 is in USD, the payment in CNY: money is"
                        + " allocated only in its own currency"),
                new FieldProblem("allocations[2].amount", "at most 300.00 CNY is open on SO-1"),
                new FieldProblem("allocations[3].amount", "CNY amounts have 2 decimals at most, got 0.001"),
                new FieldProblem("allocations[4].document", "INV-2026-000001 is allocated to twice; give it one row")),
                refused.problems());
        assertEquals(List.of(new FieldProblem("allocations[0].amount", "must be more than zero")), assertThrows(
                ValidationException.class, () -> Allocations.requested(BigDecimal.TEN, "CNY",
                        List.of(new Allocation("SO-1", BigDecimal.ZERO)), OPEN)).problems());

        ValidationException tooMuch = assertThrows(ValidationException.class, () -> Allocations.requested(
                new BigDecimal("400.00"), "CNY", List.of(new Allocation("SO-1", new BigDecimal("300")),
                        new Allocation("INV-2026-000001", new BigDecimal("100.01"))), OPEN));
        assertEquals(List.of(new FieldProblem("allocations", "together 400.01 CNY, more than the 400.00 the payment"
                + " has left")), tooMuch.problems());
    }

    /**
     * Random payments in JPY, CNY and a 3-decimal currency, allocated one after another to a customer's documents by
     * hand: each payment's rows and credit add up to it exactly, and no document is paid beyond its
     * amount, however many payments went to it.
     */
    @Test
    void randomPaymentsAddUpExactlyAndNeverOverpayADocument() {
        Random random = new Random(5);
        for (int run = 0; run < 500; run++) {
            String currency = List.of("JPY", "CNY", "BHD").get(run % 3);
            int scale = CurrencyRules.scale(currency);
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            Map<String, BigDecimal> open = new HashMap<>();
            for (int d = random.nextInt(1, 6); d > 0; d--) {
                BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 5_000_000), scale);
                amounts.put("DOC-" + d, amount);
                open.put("DOC-" + d, amount);
            }
            for (int p = random.nextInt(1, 6); p > 0; p--) {
                BigDecimal payment = BigDecimal.valueOf(random.nextLong(1, 5_000_000), scale);
                List<OpenItem> items = new ArrayList<>();
                open.forEach((doc, left) -> items.add(new OpenItem(doc, currency, left, DAY.plusDays(doc.hashCode() % 9))));
                AllocationPlan plan = Allocations.requested(payment, currency, byHand(random, payment, items),
                        byNumber(items));
                assertEquals(payment, plan.allocated().add(plan.onAccount()), "rows and credit make the payment");
                assertTrue(plan.onAccount().signum() >= 0);
                for (Allocation row : plan.rows()) {
                    open.merge(row.document(), row.amount().negate(), BigDecimal::add);
                    assertTrue(open.get(row.document()).signum() >= 0, "never beyond " + amounts.get(row.document()));
                }
            }
        }
    }

    /** Some of the payment to some documents: each row at most what is open and what the payment has left. */
    private static List<Allocation> byHand(Random random, BigDecimal payment, List<OpenItem> items) {
        List<Allocation> rows = new ArrayList<>();
        BigDecimal left = payment;
        for (OpenItem item : items) {
            BigDecimal most = item.open().min(left);
            if (most.signum() > 0 && random.nextBoolean()) {
                BigDecimal amount = most.multiply(BigDecimal.valueOf(random.nextInt(1, 101)))
                        .movePointLeft(2).setScale(most.scale(), java.math.RoundingMode.DOWN);
                if (amount.signum() > 0) {
                    rows.add(new Allocation(item.document(), amount));
                    left = left.subtract(amount);
                }
            }
        }
        return rows;
    }

    private static Map<String, OpenItem> byNumber(List<OpenItem> items) {
        Map<String, OpenItem> byNumber = new HashMap<>();
        items.forEach(item -> byNumber.put(item.document(), item));
        return byNumber;
    }
}
