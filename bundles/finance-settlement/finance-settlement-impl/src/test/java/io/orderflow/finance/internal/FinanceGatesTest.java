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
import io.orderflow.logistics.api.ShipmentRelease.ReleaseDecision;
import io.orderflow.logistics.api.ShipmentRelease.Request;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.RecordedPrepayments;
import io.orderflow.salesorder.api.ReviewStep;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.StepStatus;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderedLine;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gates finance keeps, on an in-memory Derby with the shipped migrations: the prepayment due before production
 * (the terms' share, or a custom order's configured one), the shipment release with the rule and figures that decided
 * it, the open receivables sales' credit check asks for, and the one-time import of the prepayments sales recorded.
 */
class FinanceGatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock DAY = Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0).atZone(SHANGHAI)
            .toInstant(), SHANGHAI);
    private static final Actor FRED = new Actor("fred", Set.of(Roles.FINANCE));
    private static final Actor FIONA = new Actor("fiona", Set.of(Roles.FINANCE));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final RecordCodec codec = new RecordCodec();
    private final PaymentServiceImpl payments = new PaymentServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY);
    private final OrderAccounts accounts = new OrderAccounts(derby.jpa(), derby.migrations(), derby.transactions(),
            new AppliedEventsImpl(derby.dataSource(), derby.transactions()), () -> DAY, codec,
            TestSettings.rounding("HALF_UP"), TestSettings.customOrderPercent(30));
    private final PaymentRelease release = new PaymentRelease(derby.jpa(), derby.migrations(), derby.transactions(),
            () -> DAY);
    private final OpenReceivables receivables = new OpenReceivables(derby.jpa(), derby.migrations(),
            derby.transactions());

    FinanceGatesTest() {
        release.bind(MasterDataStandIns.customers(customer("CUST-A", Money.of("1000.00", "CNY")),
                customer("CUST-U", Money.of("1000.00", "USD"))), salesAnswering(approvedByThePresident("SO-1")));
    }

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static Customer customer(String id, Money creditLimit) {
        return new Customer(id, "Customer " + id, "SOUTH", new Contact("Wang Fang", "+86 755 0000 0000",
                "ap@cust.example"), "en", creditLimit, "NET30", new Address("1 Factory Road", null, "Shenzhen",
                "518000", "CN"), InvoiceTrigger.ON_SHIPMENT, null);
    }

    /** Sales' service answering {@code find} for the one order given. */
    private static SalesOrderService salesAnswering(SalesOrder order) {
        return (SalesOrderService) Proxy.newProxyInstance(SalesOrderService.class.getClassLoader(),
                new Class<?>[] {SalesOrderService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.ofNullable(order.number().equals(args[0]) ? order : null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** An order on PAY_BEFORE_SHIPMENT whose ship-before-payment exception the president approved last. */
    private static SalesOrder approvedByThePresident(String number) {
        Instant approvedAt = Instant.parse("2026-03-01T02:00:00Z");
        return new SalesOrder(number, OrderStatus.CONFIRMED, null, 1, "CUST-A", "PO-1", OrderType.CUSTOMER,
                Channel.REST, LocalDate.parse("2026-04-01"), null, "PAY_BEFORE_SHIPMENT", null, false, false, true,
                null, List.of(), Money.of("1000.00", "CNY"), List.of(), List.of(
                new ReviewStep(4, "exceptional", "cfo", StepStatus.APPROVED, "cora", approvedAt.minusSeconds(60), null,
                        false),
                new ReviewStep(5, "exceptional", "president", StepStatus.APPROVED, "paul", approvedAt, null, false)),
                "ann", approvedAt.minusSeconds(3600), null, approvedAt);
    }

    /** Sales confirms an order; {@code termsPercent} is what sales' event carries for its terms. */
    private void confirmed(String number, String customer, String total, String terms, int termsPercent,
                           boolean custom) {
        accounts.onEvent(codec.toEvent(number, DAY.instant(), new OrderConfirmed(customer, "SOUTH", 1,
                new BigDecimal(total), "CNY", terms, custom, LocalDate.parse("2026-04-01"), termsPercent,
                List.of(new OrderedLine(1, "LED-LAMP", "4000K", BigDecimal.TEN, "pcs")))));
    }

    private Payment verifiedPayment(String customer, String amount, String order) {
        Payment recorded = payments.record(new PaymentDraft(customer, new BigDecimal(amount), "CNY",
                PaymentMethod.BANK_TRANSFER, "TT-1", LocalDate.parse("2026-03-01"),
                List.of(new AllocationRow(order, new BigDecimal(amount)))), FRED);
        return payments.verify(recorded.id(), FIONA);
    }

    /** Logistics asks, knowing the order from sales: here its total does not matter to the rule asked. */
    private ReleaseDecision decide(String order, String customer, String terms, boolean shipBeforePayment) {
        return release.decide(new Request(order, customer, terms, Money.of("1.00", "CNY"), shipBeforePayment));
    }

    @Test
    void aCustomOrderOwesTheConfiguredShareBeforeProductionOrItsTermsShareIfLarger() {
        confirmed("SO-1", "CUST-A", "1000.00", "NET30", 0, true);
        confirmed("SO-2", "CUST-A", "1000.00", "PREPAY_50", 50, true);
        confirmed("SO-3", "CUST-A", "1000.00", "NET30", 0, false);
        assertEquals(new BigDecimal("300.00"), payments.settlement("SO-1").orElseThrow().prepaymentDue());
        assertEquals(new BigDecimal("500.00"), payments.settlement("SO-2").orElseThrow().prepaymentDue());
        assertEquals(new BigDecimal("0.00"), payments.settlement("SO-3").orElseThrow().prepaymentDue());
        assertTrue(payments.settlement("SO-3").orElseThrow().prepaid(), "nothing due is nothing to wait for");
    }

    @Test
    void anOrderOnPrepaymentShipsOnlyOnceVerifiedPaymentsCoverItsTotalNamingThem() {
        confirmed("SO-1", "CUST-A", "1000.00", "PREPAY_30", 30, false);
        Payment first = verifiedPayment("CUST-A", "300.00", "SO-1");
        assertTrue(payments.settlement("SO-1").orElseThrow().prepaid(), "production may start at 30 %");

        ReleaseDecision held = decide("SO-1", "CUST-A", "PREPAY_30", false);
        assertFalse(held.released(), "shipment waits for the rest");
        assertEquals("PAYMENT_OUTSTANDING", held.rule());
        assertEquals("300.00 CNY of 1000.00 CNY verified: 700.00 CNY still to be paid before SO-1 ships (PREPAY_30)",
                held.reason());

        Payment recordedOnly = payments.record(new PaymentDraft("CUST-A", new BigDecimal("700.00"), "CNY",
                PaymentMethod.BANK_TRANSFER, "TT-2", LocalDate.parse("2026-03-01"),
                List.of(new AllocationRow("SO-1", new BigDecimal("700.00")))), FRED);
        assertFalse(decide("SO-1", "CUST-A", "PREPAY_30", false).released(), "money not verified does not count");
        payments.verify(recordedOnly.id(), FIONA);

        ReleaseDecision released = decide("SO-1", "CUST-A", "PREPAY_30", false);
        assertTrue(released.released());
        assertEquals("PAYMENT_VERIFIED", released.rule());
        assertEquals("1000.00 CNY of 1000.00 CNY verified by payment(s) " + first.id() + ", " + recordedOnly.id(),
                released.reason());
    }

    @Test
    void anOrderOnCreditShipsWithinTheCustomersLimitWithTheHeadroomAtThatInstant() {
        confirmed("SO-1", "CUST-A", "600.00", "NET30", 0, false);
        ReleaseDecision within = decide("SO-1", "CUST-A", "NET30", false);
        assertTrue(within.released());
        assertEquals("CREDIT_WITHIN_LIMIT", within.rule());
        assertEquals("open receivables 600.00 CNY against a limit of 1000.00 CNY at " + DAY.instant()
                + ": headroom 400.00 CNY", within.reason());

        confirmed("SO-2", "CUST-A", "500.00", "NET30", 0, false);
        ReleaseDecision over = decide("SO-2", "CUST-A", "NET30", false);
        assertFalse(over.released(), "the limit was lowered, or money bounced, since the orders were confirmed");
        assertEquals("CREDIT_LIMIT_EXCEEDED", over.rule());
        assertTrue(over.reason().endsWith("over by 100.00 CNY"), over.reason());

        verifiedPayment("CUST-A", "100.00", "SO-1");
        assertTrue(decide("SO-2", "CUST-A", "NET30", false).released(), "a verified payment makes room again");
    }

    @Test
    void theApprovedExceptionShipsBeforePaymentAndWhatFinanceCannotJudgeDoesNotShip() {
        confirmed("SO-1", "CUST-A", "1000.00", "PAY_BEFORE_SHIPMENT", 0, false);
        ReleaseDecision exception = decide("SO-1", "CUST-A", "PAY_BEFORE_SHIPMENT", true);
        assertTrue(exception.released());
        assertEquals("SHIP_BEFORE_PAYMENT", exception.rule());
        assertEquals("order SO-1 ships before payment by the exception approved in its review, step 5 (exceptional)"
                + " by paul as president at 2026-03-01T02:00:00Z", exception.reason());
        assertEquals("PAYMENT_OUTSTANDING", decide("SO-1", "CUST-A", "PAY_BEFORE_SHIPMENT", false).rule());

        accounts.onEvent(codec.toEvent("SO-1", DAY.instant(), new OrderCancelled("duplicate", "ann", OrderStatus.CONFIRMED)));
        assertEquals("ORDER_CANCELLED", decide("SO-1", "CUST-A", "PAY_BEFORE_SHIPMENT", false).rule());
        accounts.onEvent(codec.toEvent("SO-U", DAY.instant(), new OrderConfirmed("CUST-U", "SOUTH", 1,
                new BigDecimal("10.00"), "CNY", "NET30", false, LocalDate.parse("2026-04-01"), 0,
                List.of(new OrderedLine(1, "LED-LAMP", "4000K", BigDecimal.ONE, "pcs")))));
        ReleaseDecision currency = decide("SO-U", "CUST-U", "NET30", false);
        assertFalse(currency.released());
        assertEquals("CREDIT_LIMIT_CURRENCY", currency.rule());

        release.bind(null, null);
        assertThrows(DepartmentUnavailableException.class, () -> decide("SO-U", "CUST-U", "NET30", false),
                "without master data no limit is known: logistics answers 503, nothing ships on a guess");
    }

    /** Sales confirms replacement SO-R of goods of custom order SO-1 (PREPAY_30): total 0, nothing to prepay. */
    private void replacementConfirmed() {
        accounts.onEvent(codec.toEvent("SO-R", DAY.instant(), new OrderConfirmed("CUST-A", "SOUTH", 1,
                new BigDecimal("0.00"), "CNY", "PREPAY_30", true, LocalDate.parse("2026-03-02"), 0,
                List.of(new OrderedLine(1, "LED-LAMP", "4000K", BigDecimal.ONE, "pcs")), "REPLACEMENT", "SO-1")));
    }

    @Test
    void aReplacementShipsWithoutPaymentNamingItsOriginalAndProductionNeverWaitsForIt() {
        confirmed("SO-1", "CUST-A", "1000.00", "PREPAY_30", 30, true);
        replacementConfirmed();

        ReleaseDecision released = decide("SO-R", "CUST-A", "PREPAY_30", false);
        assertTrue(released.released());
        assertEquals("REPLACEMENT", released.rule());
        assertEquals("order SO-R replaces goods of order SO-1 in an exchange at no charge: no payment is asked",
                released.reason());
        OrderSettlement settlement = payments.settlement("SO-R").orElseThrow();
        assertEquals(new BigDecimal("0.00"), settlement.prepaymentDue(), "not the custom order's 30 %");
        assertTrue(settlement.prepaid(), "production starts it at once");
        assertFalse(payments.settlement("SO-1").orElseThrow().prepaid(), "the original still owes its 300");
    }

    @Test
    void aReplacementFinanceHasNotHeardOfIsReleasedAndNeedsNoPrepaymentAsSalesSaysItIsOne() {
        SalesOrder replacement = new SalesOrder("SO-R", OrderStatus.CONFIRMED, null, 1, "CUST-A", "RMA-2026-000001",
                OrderType.REPLACEMENT, Channel.AFTER_SALES, LocalDate.parse("2026-03-02"), null, "PREPAY_30", null,
                true, false, false, null, List.of(), Money.of("0.00", "CNY"), List.of(), List.of(), "dora",
                DAY.instant(), DAY.instant(), DAY.instant(), "RMA-2026-000001", "SO-1");
        release.bind(null, salesAnswering(replacement));
        payments.bind(salesAnswering(replacement));

        assertEquals("REPLACEMENT", release.decide(new Request("SO-R", "CUST-A", "PREPAY_30", Money.of("0.00",
                "CNY"), false)).rule());
        OrderSettlement settlement = payments.settlement("SO-R").orElseThrow();
        assertEquals(List.of("SO-R", "CUST-A", "CNY"), List.of(settlement.orderNumber(), settlement.customerId(),
                settlement.currency()));
        assertTrue(settlement.prepaid());
        assertEquals(Optional.empty(), payments.settlement("SO-2"), "any other order finance has not heard of");
    }

    @Test
    void aReplacementLeavesTheCustomersOpenReceivablesAsTheyWere() {
        confirmed("SO-1", "CUST-A", "600.00", "NET30", 0, false);
        Money before = receivables.openReceivables("CUST-A", "CNY", Map.of());
        accounts.onEvent(codec.toEvent("SO-R", DAY.instant(), new OrderConfirmed("CUST-A", "SOUTH", 1,
                new BigDecimal("0.00"), "CNY", "NET30", false, LocalDate.parse("2026-03-02"), 0,
                List.of(new OrderedLine(1, "LED-LAMP", "4000K", BigDecimal.TEN, "pcs")), "REPLACEMENT", "SO-1")));

        assertEquals(Money.of("600.00", "CNY"), before);
        assertEquals(before, receivables.openReceivables("CUST-A", "CNY", Map.of("SO-R", Money.of("0.00", "CNY"))));
        assertEquals("CREDIT_WITHIN_LIMIT", decide("SO-1", "CUST-A", "NET30", false).rule());
    }

    @Test
    void anOrderWhoseConfirmationFinanceHasNotAppliedYetIsJudgedOnWhatLogisticsKnows() {
        confirmed("SO-1", "CUST-A", "600.00", "NET30", 0, false);
        ReleaseDecision over = release.decide(new Request("SO-9", "CUST-A", "NET30", Money.of("500.00", "CNY"),
                false));
        assertEquals("CREDIT_LIMIT_EXCEEDED", over.rule(), "SO-9 counts at its total: 1100 against 1000");
        assertTrue(release.decide(new Request("SO-9", "CUST-A", "NET30", Money.of("400.00", "CNY"), false))
                .released());
        ReleaseDecision prepaid = release.decide(new Request("SO-8", "CUST-A", "PREPAY_100", Money.of("400.00",
                "CNY"), false));
        assertEquals("PAYMENT_OUTSTANDING", prepaid.rule());
        assertEquals("0.00 CNY of 400.00 CNY verified: 400.00 CNY still to be paid before SO-8 ships (PREPAY_100)",
                prepaid.reason());
    }

    @Test
    void openReceivablesCountWhatSalesConfirmedAMomentAgoOnceAndVerifiedMoneyOnly() {
        confirmed("SO-1", "CUST-A", "600.00", "NET30", 0, false);
        confirmed("SO-2", "CUST-A", "200.00", "PREPAY_100", 100, false);
        verifiedPayment("CUST-A", "100.00", "SO-1");
        payments.record(new PaymentDraft("CUST-A", new BigDecimal("50.00"), "CNY", PaymentMethod.CASH, null,
                LocalDate.parse("2026-03-01"), List.of(new AllocationRow("SO-1", new BigDecimal("50.00")))), FRED);

        assertEquals(Money.of("500.00", "CNY"), receivables.openReceivables("CUST-A", "CNY", Map.of()),
                "600 less 100 verified; the prepaid order is no credit, the recorded 50 does not count");
        assertEquals(Money.of("800.00", "CNY"), receivables.openReceivables("CUST-A", "CNY", Map.of(
                "SO-1", Money.of("600.00", "CNY"), "SO-7", Money.of("300.00", "CNY"))),
                "SO-7 is not known to finance yet and counts at its total; SO-1 counts once, as finance has it");
        assertEquals(Money.of("0.00", "USD"), receivables.openReceivables("CUST-A", "USD", Map.of()));
    }

    @Test
    void thePrepaymentsSalesRecordedAreImportedOnceAsPaymentsVerifiedByMigration() {
        confirmed("SO-1", "CUST-A", "1000.00", "PREPAY_30", 30, false);
        RecordedPrepayments sales = () -> List.of(new RecordedPrepayments.Recorded(7, "SO-1", "CUST-A",
                Money.of("300.00", "CNY"), "BANK-REF-1", Instant.parse("2026-02-27T03:00:00Z"), "fred"));
        FinanceDatabase db = new FinanceDatabase(derby.jpa(), derby.migrations(), derby.transactions());

        assertEquals(1, PrepaymentImport.run(db, derby.auditTrail(), derby.sequences(), () -> DAY, sales));
        assertEquals(0, PrepaymentImport.run(db, derby.auditTrail(), derby.sequences(), () -> DAY, sales),
                "never twice");

        Payment imported = payments.payments("CUST-A").get(0);
        assertEquals(PaymentStatus.VERIFIED, imported.status());
        assertEquals("migration", imported.recordedBy());
        assertEquals("migration", imported.verifiedBy());
        assertEquals(PaymentMethod.UNKNOWN, imported.method());
        assertEquals(LocalDate.parse("2026-02-27"), imported.receivedOn());
        assertEquals(List.of(new AllocationRow("SO-1", new BigDecimal("300.00"))), imported.allocations());
        assertTrue(payments.settlement("SO-1").orElseThrow().prepaid());
        assertEquals(List.of("PAYMENT_IMPORTED"), derby.audit().stream().map(a -> a.action()).toList());
    }
}
