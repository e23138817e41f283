package io.orderflow.finance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.finance.api.Invoice;
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
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
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
import java.lang.annotation.Annotation;
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
    private static final Address ADDRESS = new Address("1 Factory Road", null, "Shenzhen", "518000", "CN");

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final RecordCodec codec = new RecordCodec();
    private final Map<String, Shipment> shipments = new HashMap<>();
    private final Map<String, SalesOrder> orders = new HashMap<>();
    private final Invoicing invoicing = new Invoicing(derby.jpa(), derby.migrations(), derby.transactions(),
            new AppliedEventsImpl(derby.dataSource(), derby.transactions()), derby.outbox(), derby.auditTrail(),
            derby.sequences(), () -> DAY, codec, new FinanceSettings.Config() {
                @Override
                public String roundingMode() {
                    return "HALF_UP";
                }

                @Override
                public String ageingBounds() {
                    return "30,60,90,120";
                }

                @Override
                public Class<? extends Annotation> annotationType() {
                    return FinanceSettings.Config.class;
                }
            });
    private final InvoiceServiceImpl invoices = new InvoiceServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions());

    InvoicingTest() {
        invoicing.bind(answering(ShipmentService.class, "shipment", id -> Optional.ofNullable(shipments.get(id))),
                answering(SalesOrderService.class, "find", number -> Optional.ofNullable(orders.get(number))),
                MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT),
                        customer("CUST-S", InvoiceTrigger.ON_SIGN_OFF)));
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
        return new Customer(id, "Customer " + id, "SOUTH", null, "en", Money.of("100000.00", "CNY"), "NET30", ADDRESS,
                trigger);
    }

    /** An order of two lines (10 lamps at 25.005, 3 drivers at 100) on {@code terms}, and a shipment of part of it. */
    private String shipped(String number, String customer, String terms, String currency, Money freight) {
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
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-04"), null, null, "lena",
                Instant.parse("2026-02-28T02:00:00Z")));
        return id;
    }

    private void dispatched(String shipment) {
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
    void whileSalesIsAwayTheEventWaitsAndNoNumberIsTaken() {
        String shipment = shipped("SO-3", "CUST-A", "NET30", "CNY", null);
        invoicing.bind(answering(ShipmentService.class, "shipment", id -> Optional.ofNullable(shipments.get(id))),
                null, MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT)));
        assertThrows(DepartmentUnavailableException.class, () -> dispatched(shipment));
        invoicing.bind(answering(ShipmentService.class, "shipment", id -> Optional.ofNullable(shipments.get(id))),
                answering(SalesOrderService.class, "find", number -> Optional.ofNullable(orders.get(number))),
                MasterDataStandIns.customers(customer("CUST-A", InvoiceTrigger.ON_SHIPMENT)));
        dispatched(shipment);
        assertEquals("INV-2026-000001", invoices.invoices("SO-3").get(0).number(), "the number the first try gave back");
    }
}
