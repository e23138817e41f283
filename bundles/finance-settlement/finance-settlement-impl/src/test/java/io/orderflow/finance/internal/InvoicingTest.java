package io.orderflow.finance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.finance.api.Ageing;
import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.Overdue;
import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.logistics.api.Freight;
import io.orderflow.logistics.api.FreightTerms;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentLine;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invoicing on an in-memory Derby with the shipped migrations and the real unit: an invoice per shipment at the
 * order's prices when the customer's trigger says so, gap-free numbers, the due date from the terms, once per
 * shipment however often its event comes. Logistics, sales and master data are stand-ins answering as they would.
 */
class InvoicingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock DAY = Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0).atZone(SHANGHAI)
            .toInstant(), SHANGHAI);
    private static final Contact CONTACT = new Contact("Wang Fang", "+86 755 0000 0000", "ap@cust-a.example");
    private static final Actor FRED = new Actor("fred", Set.of(Roles.FINANCE));
    private static final Actor FIONA = new Actor("fiona", Set.of(Roles.FINANCE));
    private static final Address ADDRESS = new Address("1 Factory Road", null, "Shenzhen", "518000", "CN");

    private static final FinanceSettings.Config SETTINGS = TestSettings.rounding("HALF_UP");
    /** The lamp is of tax class STANDARD; the driver has none. */
    private static final ProductService PRODUCTS = MasterDataStandIns.products(
            new Product("LED-LAMP", "LED lamp", "pcs", Money.of("25.00", "CNY"), 10, false, "STANDARD"),
            new Product("DRIVER", "Driver", "pcs", Money.of("100.00", "CNY"), 10, false, null));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final RecordCodec codec = new RecordCodec();
    private final Map<String, Shipment> shipments = new HashMap<>();
    private final Map<String, SalesOrder> orders = new HashMap<>();
    private final Invoicing invoicing = invoicing(derby.auditTrail(), SETTINGS);
    private final InvoiceServiceImpl invoices = new InvoiceServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions());
    private final PaymentServiceImpl payments = new PaymentServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY);
    private final ReceivablesServiceImpl receivables = new ReceivablesServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), () -> DAY, SETTINGS);

    InvoicingTest() {
        receivables.bind(MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT)));
    }

    /** Invoicing with this audit trail and settings, asking the stand-ins of logistics, sales and master data. */
    private Invoicing invoicing(AuditTrail audit, FinanceSettings.Config settings) {
        Invoicing invoicing = new Invoicing(derby.jpa(), derby.migrations(), derby.transactions(),
                new AppliedEventsImpl(derby.dataSource(), derby.transactions()), derby.outbox(), audit,
                derby.sequences(), () -> DAY, codec, settings);
        invoicing.bind(answering(ShipmentService.class, "shipment", id -> Optional.ofNullable(shipments.get(id))),
                answering(SalesOrderService.class, "find", number -> Optional.ofNullable(orders.get(number))),
                MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT),
                        customer("CUST-S", InvoiceTrigger.ON_SIGN_OFF)), PRODUCTS);
        return invoicing;
    }

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    /** A department's service that answers {@code method} only, as the test needs it. */
    @SuppressWarnings("unchecked")
    private static <T> T answering(Class<T> type, String method, java.util.function.Function<String, Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                return answer.apply((String) args[0]);
            }
            throw new UnsupportedOperationException(called.getName());
        });
    }

    private static Customer customer(String id, InvoiceTrigger trigger) {
        return new Customer(id, "Customer " + id, "SOUTH", CONTACT, "en", Money.of("100000.00", "CNY"), "NET30", ADDRESS,
                trigger, null);
    }

    /** An order of two lines (10 lamps at 25.005, 3 drivers at 100) on {@code terms}, and a shipment of part of it. */
    private String shipped(String number, String customer, String terms, String currency, Money freight) {
        return shipped(number, customer, terms, currency, freight, LocalDate.parse("2026-03-01"));
    }

    private String shipped(String number, String customer, String terms, String currency, Money freight,
                           LocalDate dispatchedOn) {
        Money lamp = Money.of(currency.equals("JPY") ? "2500" : "25.005", currency);
        Money driver = Money.of(currency.equals("JPY") ? "10000" : "100.00", currency);
        orders.put(number, new SalesOrder(number, OrderStatus.SHIPPED, null, 1, customer, "PO-" + number,
                OrderType.CUSTOMER, Channel.REST, LocalDate.parse("2026-03-20"), ADDRESS, terms, null, false, false,
                false, null, List.of(new OrderLine(1, new ProductCode("LED-LAMP"), "4000K", BigDecimal.TEN, "pcs", lamp,
                lamp, lamp.times(BigDecimal.TEN)), new OrderLine(2, new ProductCode("DRIVER"), null,
                new BigDecimal("3"), "pcs", driver, driver, driver.times(new BigDecimal("3")))),
                lamp.times(BigDecimal.TEN), List.of(), List.of(), "ann", Instant.parse("2026-02-20T02:00:00Z"), null,
                null));
        String id = "SH-" + number;
        shipments.put(id, new Shipment(id, number, customer, ShipmentStatus.DISPATCHED, ShippingMethod.EXPRESS,
                List.of(new ShipmentLine(1, "LED-LAMP", "4000K", new BigDecimal("7"), "pcs"),
                        new ShipmentLine(2, "DRIVER", null, new BigDecimal("3"), "pcs")), List.of(),
                new Freight(freight == null ? FreightTerms.COMPANY : FreightTerms.AGREED, freight), "credit", null,
                dispatchedOn, dispatchedOn.plusDays(3), null, null, "lena",
                Instant.parse("2026-02-28T02:00:00Z")));
        return id;
    }

    private void dispatched(String shipment) {
        dispatched(invoicing, shipment);
    }

    private void dispatched(Invoicing invoicing, String shipment) {
        invoicing.onEvent(codec.toEvent(shipments.get(shipment).orderNumber(), DAY.instant(), new Dispatched(shipment,
                null, null, ShippingMethod.EXPRESS, LocalDate.parse("2026-03-01"), null, List.of(), List.of(),
                List.of(), OrderStage.SHIPPED, null)));
    }

    @Test
    void aShipmentIsInvoicedAtTheOrdersPricesWithItsFreightDueAfterItsCreditDays() {
        String shipment = shipped("SO-1", "CUST-A", "NET30", "CNY", Money.of("15.50", "CNY"));
        dispatched(shipment);
        dispatched(shipment); // delivered again: one invoice all the same

        List<Invoice> issued = invoices.invoices("SO-1");
        assertEquals(1, issued.size());
        Invoice invoice = issued.get(0);
        assertEquals("INV-2026-000001", invoice.number());
        assertEquals(new BigDecimal("175.04"), invoice.lines().get(0).net(), "7 x 25.005 = 175.035, half up");
        assertEquals(new BigDecimal("300.00"), invoice.lines().get(1).net());
        assertEquals(new BigDecimal("15.50"), invoice.freight());
        assertEquals(new BigDecimal("490.54"), invoice.total(), "the printed lines and the freight, added up");
        assertEquals(LocalDate.parse("2026-03-31"), invoice.dueOn(), "NET30: 30 days after dispatch");
        assertEquals(LocalDate.parse("2026-03-02"), invoice.issuedOn());
        InvoiceIssued event = (InvoiceIssued) derby.events().get(0);
        assertEquals(invoice.total(), event.total());
        assertEquals("PO-SO-1", event.customerPo());
        assertEquals(new BigDecimal("0.00"), event.freightTax());
        assertEquals(List.of("INVOICE_ISSUED"), derby.audit().stream().map(a -> a.action()).toList());
        assertEquals(Optional.of(invoice), invoices.invoice("INV-2026-000001"));
    }

    @Test
    void aReplacementsShipmentIsNeverInvoicedAndTheAuditSaysWhy() {
        String shipment = shipped("SO-R", "CUST-A", "NET30", "CNY", null);
        SalesOrder asShipped = orders.get("SO-R");
        orders.put("SO-R", new SalesOrder("SO-R", asShipped.status(), null, 1, "CUST-A", "RMA-2026-000001",
                OrderType.REPLACEMENT, Channel.AFTER_SALES, asShipped.requestedDelivery(), ADDRESS, "NET30", null,
                false, false, false, null, asShipped.lines(), Money.of("0.00", "CNY"), List.of(), List.of(), "dora",
                asShipped.receivedAt(), null, null, "RMA-2026-000001", "SO-1"));

        dispatched(shipment);

        assertEquals(List.of(), invoices.invoices("SO-R"));
        assertEquals(List.of(), derby.events(), "no finance/INVOICE_ISSUED");
        AuditRecord audited = derby.audit().get(0);
        assertEquals(List.of("INVOICE_NOT_ISSUED", shipment, "order SO-R replaces goods of order SO-1 at no charge:"
                + " never invoiced"), List.of(audited.action(), audited.subject(), audited.details()));
        dispatched(shipped("SO-3", "CUST-A", "NET30", "CNY", null));
        assertEquals("INV-2026-000001", invoices.invoices("SO-3").get(0).number(),
                "the next order's invoice takes the first number: none was spent on the replacement");
    }

    @Test
    void aSignOffCustomerIsInvoicedWhenItSignsAndPrepaidTermsAreDueAtOnce() {
        String shipment = shipped("SO-2", "CUST-S", "PREPAY_100", "JPY", null);
        dispatched(shipment);
        assertEquals(List.of(), invoices.invoices("SO-2"), "not on dispatch: this customer is invoiced on sign-off");
        invoicing.onEvent(codec.toEvent("SO-2", DAY.instant(), new SignedOff(shipment, "Li Na",
                "2026-03-02T09:00:00+08:00", null, List.of(), OrderStage.COMPLETED)));
        Invoice invoice = invoices.invoices("SO-2").get(0);
        assertEquals(new BigDecimal("47500"), invoice.total(), "7 x 2500 + 3 x 10000 yen, no freight");
        assertEquals(null, invoice.freight());
        assertEquals(LocalDate.parse("2026-03-02"), invoice.dueOn(), "prepaid terms: due when issued");
    }

    @Test
    void eachLineIsTaxedAtItsProductsTaxClassRateAndAClassWithoutARateIsNotTaxed() {
        Invoicing taxing = invoicing(derby.auditTrail(), TestSettings.rounding("HALF_UP", "STANDARD=0.13",
                "REDUCED=0.06"));
        dispatched(taxing, shipped("SO-4", "CUST-A", "NET30", "CNY", null));
        Invoice invoice = invoices.invoices("SO-4").get(0);
        assertEquals(new BigDecimal("22.76"), invoice.lines().get(0).tax(), "13 % of 175.04 is 22.7552");
        assertEquals(new BigDecimal("0.13"), invoice.lines().get(0).taxRate());
        assertEquals(new BigDecimal("0.00"), invoice.lines().get(1).tax(), "the driver has no tax class");
        assertEquals(new BigDecimal("22.76"), invoice.tax());
        assertEquals(new BigDecimal("497.80"), invoice.total());
        assertThrows(io.orderflow.platform.api.config.InvalidConfigurationException.class, () -> FinanceSettings.of(
                TestSettings.rounding("HALF_UP", "STANDARD=13")), "a rate is a fraction");
    }

    @Test
    void whileSalesIsAwayTheEventWaitsAndNoNumberIsTaken() {
        String shipment = shipped("SO-3", "CUST-A", "NET30", "CNY", null);
        invoicing.bind(answering(ShipmentService.class, "shipment", id -> Optional.ofNullable(shipments.get(id))),
                null, MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT)), PRODUCTS);
        assertThrows(DepartmentUnavailableException.class, () -> dispatched(shipment));
        invoicing.bind(answering(ShipmentService.class, "shipment", id -> Optional.ofNullable(shipments.get(id))),
                answering(SalesOrderService.class, "find", number -> Optional.ofNullable(orders.get(number))),
                MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT)), PRODUCTS);
        dispatched(shipment);
        assertEquals("INV-2026-000001", invoices.invoices("SO-3").get(0).number(), "the number the first try gave back");
    }

    /**
     * Seven invoices of 475.04 CNY due on their dispatch (NET0), one per bucket at 2026-09-01 and one more long overdue
     * but paid: a payment to an invoice and a prepayment to an order (which goes to its invoice) take their part off.
     */
    @Test
    void receivablesAreAgedByDueDateAndWhatWasPaidIsTakenOff() {
        List<String> dispatchedOn = List.of("2026-09-10", "2026-08-20", "2026-07-20", "2026-06-15", "2026-05-10",
                "2026-03-01", "2026-03-01");
        for (int i = 0; i < dispatchedOn.size(); i++) {
            dispatched(shipped("SO-A" + i, "CUST-A", "NET0", "CNY", null, LocalDate.parse(dispatchedOn.get(i))));
        }
        OrderAccounts accounts = new OrderAccounts(derby.jpa(), derby.migrations(), derby.transactions(),
                new AppliedEventsImpl(derby.dataSource(), derby.transactions()), () -> DAY, codec, SETTINGS,
                TestSettings.customOrderPercent(30));
        accounts.onEvent(codec.toEvent("SO-A2", DAY.instant(), new OrderConfirmed("CUST-A", "SOUTH", 1,
                new BigDecimal("475.04"), "CNY", "NET0", false, LocalDate.parse("2026-04-01"), 0, List.of())));
        paid("100.00", new AllocationRow("INV-2026-000002", new BigDecimal("100.00")));
        paid("200.00", new AllocationRow("SO-A2", new BigDecimal("200.00")));
        paid("475.04", new AllocationRow("INV-2026-000007", new BigDecimal("475.04")));
        assertEquals("allocations[0].amount", assertThrows(ValidationException.class, () -> payments.record(
                new PaymentDraft("CUST-A", new BigDecimal("300.00"), "CNY", PaymentMethod.CASH, null,
                        LocalDate.parse("2026-03-01"), List.of(new AllocationRow("INV-2026-000003",
                        new BigDecimal("275.05")))), FRED)).problems().get(0).field(),
                "the prepayment to its order left 275.04 open on it");

        Ageing ageing = receivables.ageing(LocalDate.parse("2026-09-01"));
        assertEquals(List.of("not yet due=475.04", "1–30=375.04", "31–60=275.04", "61–90=475.04", "91–120=475.04",
                "over 120=475.04"), ageing.buckets().stream().map(b -> b.label() + "=" + b.open().stream()
                .map(a -> a.amount().toPlainString()).reduce("", String::concat)).toList());
        assertEquals(List.of("CNY"), ageing.buckets().get(0).open().stream().map(Ageing.Amount::currency).toList());
        List<Overdue> overdue = receivables.overdue(LocalDate.parse("2026-09-01"));
        assertEquals(List.of("INV-2026-000006 184", "INV-2026-000005 114", "INV-2026-000004 78",
                "INV-2026-000003 43", "INV-2026-000002 12"), overdue.stream().map(o -> o.invoice().number() + " "
                + o.invoice().daysOverdue()).toList(), "longest overdue first; the paid one is not owed");
        assertEquals(CONTACT, overdue.get(0).contact());
        assertEquals(List.of(), receivables.ageing(LocalDate.parse("2026-03-01")).invoices(), "none issued yet then");
    }

    /**
     * Twelve shipments invoiced from four threads at once, every third one's transaction rolled back after it took its
     * number: the invoices kept are numbered 1 to n, none missing, none twice.
     */
    @Test
    void invoiceNumbersHaveNoGapsUnderConcurrencyAndRollback() throws Exception {
        Invoicing failingSometimes = invoicing(new FailingAudit(derby.auditTrail(),
                record -> List.of("SO-G0", "SO-G3", "SO-G6", "SO-G9").stream().anyMatch(record.details()::contains)),
                SETTINGS);
        List<String> shipped = IntStream.range(0, 12).mapToObj(i -> shipped("SO-G" + i, "CUST-A", "NET30", "CNY",
                null)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Boolean> attempt : pool.invokeAll(shipped.stream().<Callable<Boolean>>map(shipment -> () -> {
                try {
                    dispatched(failingSometimes, shipment);
                    return true;
                } catch (IllegalStateException refused) {
                    return false;
                }
            }).toList())) {
                attempt.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> numbers = shipped.stream().map(shipments::get).flatMap(s -> invoices.invoices(s.orderNumber())
                .stream()).map(Invoice::number).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 8).mapToObj(n -> String.format("INV-2026-%06d", n)).toList(), numbers);
    }

    private void paid(String amount, AllocationRow row) {
        payments.verify(payments.record(new PaymentDraft("CUST-A", new BigDecimal(amount), "CNY",
                PaymentMethod.BANK_TRANSFER, "TT", LocalDate.parse("2026-03-01"), List.of(row)), FRED).id(), FIONA);
    }
}
