package io.orderflow.finance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.OrderSettlement;
import io.orderflow.finance.api.Payment;
import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.event.PaymentReversed;
import io.orderflow.finance.api.event.PaymentVerified;
import io.orderflow.finance.api.event.PaymentVerified.Allocated;
import io.orderflow.finance.api.event.PaymentVerified.OrderPaid;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderedLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payments on an in-memory Derby ({@link InMemoryDepartment}) with the shipped migrations and the real unit: orders as
 * sales confirms them, payments recorded by one finance user and verified by another, allocations that never take
 * more than is open, the events production listens to, and reversals.
 */
class FinancePersistenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock DAY = Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0).atZone(SHANGHAI)
            .toInstant(), SHANGHAI);
    private static final Actor FRED = new Actor("fred", Set.of(Roles.FINANCE));
    private static final Actor FIONA = new Actor("fiona", Set.of(Roles.FINANCE));
    private static final Actor ANN = new Actor("ann", Set.of(Roles.SALES_REP));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final RecordCodec codec = new RecordCodec();
    private final PaymentServiceImpl payments = new PaymentServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY);
    private final OrderAccounts accounts = new OrderAccounts(derby.jpa(), derby.migrations(), derby.transactions(),
            new AppliedEventsImpl(derby.dataSource(), derby.transactions()), () -> DAY, codec, TestSettings.rounding("HALF_UP"),
            TestSettings.customOrderPercent(30));

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private void confirmed(String number, String customer, String total, String currency, String terms, int percent) {
        accounts.onEvent(codec.toEvent(number, DAY.instant(), new OrderConfirmed(customer, "SOUTH", 1,
                new BigDecimal(total), currency, terms, false, LocalDate.parse("2026-04-01"), percent,
                List.of(new OrderedLine(1, "LED-LAMP", "4000K", BigDecimal.TEN, "pcs")))));
    }

    private static PaymentDraft draft(String customer, String amount, String currency, AllocationRow... rows) {
        return new PaymentDraft(customer, new BigDecimal(amount), currency, PaymentMethod.BANK_TRANSFER, "TT-1",
                LocalDate.parse("2026-03-01"), List.of(rows));
    }

    private static AllocationRow row(String document, String amount) {
        return new AllocationRow(document, new BigDecimal(amount));
    }

    @Test
    void aPaymentCountsOnlyOnceAnotherFinanceUserVerifiedItAndProductionLearnsWhichOrdersArePrepaid() {
        confirmed("SO-1", "CUST-A", "1000.005", "CNY", "PREPAY_30", 30);
        confirmed("SO-2", "CUST-A", "500.00", "CNY", "PREPAY_100", 100);
        OrderSettlement before = payments.settlement("SO-1").orElseThrow();
        assertEquals(new BigDecimal("1000.01"), before.total(), "the total in the currency's scale, rounded half up");
        assertEquals(new BigDecimal("300.00"), before.prepaymentDue(), "30 % of 1000.01 is 300.003");

        Payment recorded = payments.record(draft("CUST-A", "800", "CNY", row("SO-1", "300"), row("SO-2", "450.5")), FRED);
        assertEquals("PAY-2026-000001", recorded.id());
        assertEquals(PaymentStatus.RECORDED, recorded.status());
        assertEquals(List.of(row("SO-1", "300.00"), row("SO-2", "450.50")), recorded.allocations());
        assertEquals(new BigDecimal("49.50"), recorded.onAccount(), "the rest stays the customer's credit");
        OrderSettlement pending = payments.settlement("SO-1").orElseThrow();
        assertEquals(new BigDecimal("0.00"), pending.paid(), "recorded money does not count yet");
        assertEquals(new BigDecimal("300.00"), pending.pending());
        assertFalse(pending.prepaid());
        assertEquals(List.of(), derby.events());

        assertThrows(ForbiddenException.class, () -> payments.verify(recorded.id(), FRED), "not the one who recorded");
        assertThrows(ForbiddenException.class, () -> payments.verify(recorded.id(), ANN), "finance only");
        Payment verified = payments.verify(recorded.id(), FIONA);
        assertEquals("fiona", verified.verifiedBy());
        assertThrows(ConflictException.class, () -> payments.verify(recorded.id(), FIONA), "verified once");

        OrderSettlement paid = payments.settlement("SO-1").orElseThrow();
        assertEquals(new BigDecimal("300.00"), paid.paid());
        assertEquals(new BigDecimal("700.01"), paid.open());
        assertTrue(paid.prepaid());
        assertEquals(List.of(new PaymentVerified(recorded.id(), "CUST-A", "CNY", new BigDecimal("800.00"),
                LocalDate.parse("2026-03-02"), List.of(new Allocated("SO-1", new BigDecimal("300.00")),
                new Allocated("SO-2", new BigDecimal("450.50"))), List.of(
                new OrderPaid("SO-1", new BigDecimal("300.00"), new BigDecimal("300.00"), true),
                new OrderPaid("SO-2", new BigDecimal("500.00"), new BigDecimal("450.50"), false)))), derby.events());
        assertEquals(List.of("PAYMENT_RECORDED", "PAYMENT_VERIFIED"), derby.audit().stream().map(a -> a.action())
                .toList());
    }

    @Test
    void theCreditOnAccountIsAllocatedLaterAndTwoPaymentsTogetherPayAnOrder() {
        confirmed("SO-2", "CUST-A", "500.00", "CNY", "PREPAY_100", 100);
        Payment first = payments.verify(payments.record(draft("CUST-A", "450.50", "CNY", row("SO-2", "450.50")),
                FRED).id(), FIONA);
        Payment second = payments.verify(payments.record(draft("CUST-A", "100", "CNY"), FRED).id(), FIONA);
        assertEquals(new BigDecimal("100.00"), second.onAccount());

        assertEquals(List.of(new FieldProblem("allocations[0].amount", "at most 49.50 CNY is open on SO-2")),
                assertThrows(ValidationException.class, () -> payments.allocate(second.id(),
                        List.of(row("SO-2", "50")), FRED)).problems(), "the first payment took the rest");
        Payment allocated = payments.allocate(second.id(), List.of(row("SO-2", "49.50")), FRED);
        assertEquals(new BigDecimal("50.50"), allocated.onAccount());
        assertTrue(payments.settlement("SO-2").orElseThrow().prepaid(), "two payments, one order");
        assertEquals(new OrderPaid("SO-2", new BigDecimal("500.00"), new BigDecimal("500.00"), true),
                ((PaymentVerified) derby.events().get(2)).orders().get(0), "the allocation of verified money tells");
        assertEquals(2, payments.payments("CUST-A").size());
        assertEquals(first.id(), payments.payments("CUST-A").get(1).id(), "newest first");
    }

    @Test
    void aBouncedPaymentOpensWhatItPaidAgainAndSaysSo() {
        confirmed("SO-1", "CUST-A", "1000.00", "CNY", "PREPAY_30", 30);
        Payment payment = payments.verify(payments.record(draft("CUST-A", "300", "CNY", row("SO-1", "300")), FRED)
                .id(), FIONA);
        assertThrows(ValidationException.class, () -> payments.reverse(payment.id(), " ", FRED));
        Payment reversed = payments.reverse(payment.id(), "returned by the bank: account closed", FRED);
        assertEquals(PaymentStatus.REVERSED, reversed.status());
        assertFalse(payments.settlement("SO-1").orElseThrow().prepaid());
        assertEquals(new PaymentReversed(payment.id(), "CUST-A", "CNY", new BigDecimal("300.00"),
                "returned by the bank: account closed", List.of(new Allocated("SO-1", new BigDecimal("300.00"))),
                List.of(new OrderPaid("SO-1", new BigDecimal("300.00"), new BigDecimal("0.00"), false))),
                derby.events().get(1));
        assertThrows(ConflictException.class, () -> payments.reverse(payment.id(), "again", FRED));
        assertThrows(ConflictException.class, () -> payments.allocate(payment.id(), List.of(row("SO-1", "1")), FRED));
        Payment next = payments.record(draft("CUST-A", "1000", "CNY", row("SO-1", "1000")), FRED);
        assertEquals(new BigDecimal("0.00"), next.onAccount(), "the whole order is open again");
    }

    @Test
    void aPaymentIsRefusedFieldByFieldAndOnlyInItsOwnCurrencyAndCustomer() {
        confirmed("SO-1", "CUST-A", "1000.00", "CNY", "NET30", 0);
        confirmed("SO-3", "CUST-B", "1000.00", "CNY", "NET30", 0);
        confirmed("SO-4", "CUST-A", "100000", "JPY", "NET30", 0);
        ValidationException refused = assertThrows(ValidationException.class, () -> payments.record(new PaymentDraft(
                " ", new BigDecimal("10.001"), "CNY", null, "x".repeat(36), LocalDate.parse("2026-03-03"), List.of()),
                FRED));
        assertEquals(List.of("customerId", "amount", "method", "reference", "receivedOn"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("currency", assertThrows(ValidationException.class, () -> payments.record(
                draft("CUST-A", "10", "XAU"), FRED)).problems().get(0).field());
        ValidationException elsewhere = assertThrows(ValidationException.class, () -> payments.record(
                draft("CUST-A", "5000", "CNY", row("SO-3", "10"), row("SO-4", "10")), FRED));
        assertEquals(List.of(new FieldProblem("allocations[0].document", "no open order or invoice SO-3 of this"
                + " customer"), new FieldProblem("allocations[1].document", "SO-4 is in JPY, the payment in CNY: money"
                + " is allocated only in its own currency")), elsewhere.problems());
        assertEquals(List.of(), payments.payments("CUST-A"), "nothing half-written");
        assertThrows(NotFoundException.class, () -> payments.verify("PAY-2026-999999", FIONA));

        accounts.onEvent(codec.toEvent("SO-1", DAY.instant(), new OrderCancelled("customer withdrew", "ann",
                OrderStatus.CONFIRMED)));
        assertEquals("allocations[0].document", assertThrows(ValidationException.class, () -> payments.record(
                draft("CUST-A", "10", "CNY", row("SO-1", "10")), FRED)).problems().get(0).field(),
                "a cancelled order takes no more money");
    }

    @Test
    void numbersHaveNoGapsAndTwoPaymentsAtOnceNeverTakeMoreThanIsOpen() throws Exception {
        confirmed("SO-1", "CUST-A", "1000.00", "CNY", "PREPAY_100", 100);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = java.util.stream.IntStream.range(0, 8).<Callable<Boolean>>mapToObj(
                    i -> () -> {
                        try {
                            payments.record(draft("CUST-A", "300", "CNY", row("SO-1", "300")), FRED);
                            return true;
                        } catch (ValidationException over) {
                            return false;
                        }
                    }).toList();
            long kept = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                kept += attempt.get() ? 1 : 0;
            }
            assertEquals(3, kept, "three of 300 fit in 1000");
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of("PAY-2026-000003", "PAY-2026-000002", "PAY-2026-000001"),
                payments.payments("CUST-A").stream().map(Payment::id).toList(), "refused ones took no number");
        assertEquals(new BigDecimal("900.00"), payments.settlement("SO-1").orElseThrow().pending());
    }
}
