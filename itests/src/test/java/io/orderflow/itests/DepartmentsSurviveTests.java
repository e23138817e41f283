package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Departments survive each other (docs/architecture.md §3, "each department stands alone"): with everything installed and
 * orders and EDI files flowing, sales is stopped and started, then the warehouse implementation updated; finance is
 * stopped while an order waits for the credit check and another to ship. The others
 * answer throughout; work that needs the absent department answers 503 naming it or waits; nothing is lost and every
 * event is applied once. Retries are quick here, so an event that waited with attempts counted against it would be
 * parked within a second.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DepartmentsSurviveTests {

    private static final Duration SETTLED = Duration.ofSeconds(90);
    private static final String SALES_IMPL = "io.orderflow.salesorder.impl";
    private static final String WAREHOUSE_IMPL = "io.orderflow.warehouse.impl";
    private static final String FINANCE_IMPL = "io.orderflow.finance.impl";

    @Inject
    @Filter("(osgi.jndi.service.name=orderflow)")
    private DataSource dataSource;

    @Inject
    private BundleContext context;

    private final Http http = new Http(OrderflowKaraf.httpPort());
    private final SalesOrders orders = new SalesOrders(http);
    private final EdiFiles demo = new EdiFiles("demo");

    @Configuration
    public Option[] config() {
        return EventsContainerIT.options();
    }

    @Before
    public void healthy() {
        awaitHealthy();
    }

    private void awaitHealthy() {
        ContainerHealth.await(http);
    }

    @Test
    public void othersAnswerWhileSalesIsStoppedAndWhileTheWarehouseIsUpdatedAndNothingIsLost() throws Exception {
        OrderStream stream = new OrderStream();
        try {
            stream.awaitConfirmed(3);
            awaitReservedAtSouth();
            List<String> ediOrders = whileSalesIsStopped();
            awaitHealthy();
            await("the EDI files that arrived meanwhile").atMost(SETTLED).until(() -> demo.names("processed").stream()
                    .filter(n -> n.contains("survive") && n.endsWith(".x12")).count() == 2);
            for (String po : ediOrders) {
                assertEquals(po, 1, new Db(dataSource).count("SELECT COUNT(*) FROM EDI.ORDER_LINK WHERE CUSTOMER_PO = ?",
                        po));
            }
            assertEquals(1, demo.count("out", "AK1*PO*7101~"));
            assertEquals(1, demo.count("out", "AK1*PO*7102~"));
            assertEquals(List.of(), demo.names("rejected").stream().filter(n -> n.contains("survive")).toList());

            int confirmedBefore = stream.confirmed.size();
            stream.awaitConfirmed(confirmedBefore + 2);
            whileTheWarehouseIsUpdated();
            awaitHealthy();
            stream.awaitConfirmed(stream.confirmed.size() + 2);
        } finally {
            stream.stop();
        }
        assertEveryEventAppliedOnce(stream.confirmed);
    }

    /**
     * Sales is stopped: warehouse, production and master data answer; approving the schedule, which needs sales to
     * know the terms of the orders it makes, answers 503 naming sales; a stock count that leaves an order short is recorded,
     * and the shortfall event waits for production (which needs sales to read the order) without being parked; the
     * partner's files wait in {@code in/}. Then sales starts again.
     */
    private List<String> whileSalesIsStopped() throws Exception {
        // a sales order's production waits in the proposal (earlier tests may have left only rework orders there,
        // which need no sales to approve)
        String toMake = orders.create("ann", Orders.order("CUST-A", "PO-SURVIVE-MAKE", "CEILING-LIGHT", 5,
                "320.00")).get("number").asText();
        orders.confirmPlain(toMake);
        await(toMake + " planned by production").atMost(SETTLED).until(() -> !http.get(
                "/production/production-orders?order=" + toMake, "pete", SalesOrders.pw("pete")).json().isEmpty());
        Bundle sales = bundle(SALES_IMPL);
        sales.stop();
        try {
            demo.drop("survive-1.x12", EdiTests.x12("000007101", "DEMOPARTNER", "ORDERFLOW", 7101,
                    EdiTests.x12Order("0001", "EDI-SURVIVE-1", "PO1*1*10*EA*25**VP*LED-LAMP~")));
            demo.drop("survive-2.x12", EdiTests.x12("000007102", "DEMOPARTNER", "ORDERFLOW", 7102,
                    EdiTests.x12Order("0001", "EDI-SURVIVE-2", "PO1*1*5*EA*60**VP*DESK-LAMP~")));

            Http.Reply approval = http.post("/production/schedule/approval", "{}", "vera", SalesOrders.pw("vera"));
            assertEquals(approval.body(), 503, approval.status());
            assertContains(approval.body(), "the sales order department is not running");
            assertEquals("10", approval.raw().headers().firstValue("Retry-After").orElse(""));

            JsonNode south = stockAtSouth();
            long available = south.get("available").asLong();
            Http.Reply count = http.post("/warehouse/moves", Http.json(Map.of("type", "ADJUSTMENT", "warehouse",
                    "WH-SOUTH", "product", "LED-LAMP", "quantity", -(available + 10), "reason",
                    "recount while sales is stopped")), "bob", SalesOrders.pw("bob"));
            assertEquals(count.body(), 201, count.status());

            // several seconds away, the others answering all along
            long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            while (System.nanoTime() < until) {
                assertEquals(200, http.get("/warehouse/warehouses", "bob", SalesOrders.pw("bob")).status());
                assertEquals(200, http.get("/production/work-centres", "pete", SalesOrders.pw("pete")).status());
                assertEquals(200, http.get("/master-data/customers", "bob", SalesOrders.pw("bob")).status());
                Thread.sleep(300);
            }
            // (a look at in/ may hold a file's lock marker for a moment; the files themselves must all be there)
            assertEquals(List.of("survive-1.x12", "survive-2.x12"), demo.names("in").stream()
                    .filter(n -> n.endsWith(".x12")).toList());
            JsonNode production = subscriber("production.orders");
            assertTrue(production.toString(), production.get("pending").asLong() >= 1);
            assertEquals(production.toString(), 0, production.get("parked").asLong());
        } finally {
            sales.start();
        }
        return List.of("EDI-SURVIVE-1", "EDI-SURVIVE-2");
    }

    /** The warehouse implementation is updated as an operator would: sales, production and master data answer. */
    private void whileTheWarehouseIsUpdated() throws Exception {
        Bundle warehouse = bundle(WAREHOUSE_IMPL);
        ExecutorService update = Executors.newSingleThreadExecutor();
        try {
            Future<?> updated = update.submit(() -> {
                try (InputStream jar = new URL(warehouse.getLocation()).openStream()) {
                    warehouse.update(jar);
                }
                return null;
            });
            while (!updated.isDone()) {
                assertEquals(200, http.get(SalesOrders.ORDERS, "bob", SalesOrders.pw("bob")).status());
                assertEquals(200, http.get("/production/work-centres", "pete", SalesOrders.pw("pete")).status());
                assertEquals(200, http.get("/master-data/products", "bob", SalesOrders.pw("bob")).status());
                Thread.sleep(100);
            }
            updated.get();
        } finally {
            update.shutdownNow();
        }
    }

    /**
     * Every subscriber has nothing pending and nothing parked; each confirmed order was reserved once, and every stock
     * balance agrees with its ledger.
     */
    private void assertEveryEventAppliedOnce(List<String> confirmed) {
        await("every department's events delivered").atMost(SETTLED).until(() -> {
            for (JsonNode s : http.get("/platform/events/subscribers", "admin", SalesOrders.adminPassword()).json()) {
                if (s.get("pending").asLong() > 0 || s.get("parked").asLong() > 0) {
                    return false;
                }
            }
            return true;
        });
        Db db = new Db(dataSource);
        for (String number : confirmed) {
            assertEquals(number + " confirmed once", 1, db.count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT"
                    + " WHERE EVENT_TYPE = ? AND AGGREGATE_ID = ?", OrderConfirmed.TYPE, number));
            // applied once by the warehouse: its one line reserved and missing add up to what was ordered, no more
            JsonNode line = http.get("/warehouse/reservations/" + number, "bob", SalesOrders.pw("bob")).json()
                    .get("lines");
            assertEquals(number + ": " + line, 1, line.size());
            assertEquals(number + ": " + line, 0, line.get(0).get("ordered").decimalValue().compareTo(
                    line.get(0).get("reserved").decimalValue().add(line.get(0).get("missing").decimalValue())));
        }
        JsonNode ledger = http.get("/warehouse/ledger-check", "carol", SalesOrders.pw("carol")).json();
        assertTrue(ledger.toString(), ledger.get("mismatches").isEmpty());
    }

    private JsonNode subscriber(String id) throws Exception {
        for (JsonNode s : http.get("/platform/events/subscribers", "admin", SalesOrders.adminPassword()).json()) {
            if (id.equals(s.get("subscriber").asText())) {
                return s;
            }
        }
        throw new AssertionError("no subscriber " + id);
    }

    private JsonNode stockAtSouth() {
        for (JsonNode row : http.get("/warehouse/stock?product=LED-LAMP", "bob", SalesOrders.pw("bob")).json()) {
            if (row.get("warehouse").asText().equals("WH-SOUTH")) {
                return row;
            }
        }
        throw new AssertionError("no WH-SOUTH row");
    }

    private void awaitReservedAtSouth() {
        await().atMost(SETTLED).until(() -> stockAtSouth().get("reserved").asLong() > 0);
    }

    /**
     * Finance is stopped: the manager's approval of an order on credit answers 503 naming finance (nobody knows the
     * customer's open receivables) and changes nothing; an order awaiting shipment is not shipped on a guess. With
     * finance back, both go through.
     */
    @Test
    public void withoutFinanceNoCreditIsJudgedAndNothingShipsOnAGuess() throws Exception {
        Shipping shipping = new Shipping(http, orders, new WarehouseApi(http));
        String waiting = shipping.awaitingShipment("CUST-B", "PO-SURVIVE-FIN-1", "WH-NORTH", 5, "25.00", false);
        String credit = orders.create("ann", Orders.order("CUST-B", "PO-SURVIVE-FIN-2", "LED-LAMP", 5, "25.00"))
                .get("number").asText();
        orders.approve("sam", credit, "sales-assistant");
        Bundle finance = bundle(FINANCE_IMPL);
        finance.stop();
        try {
            Http.Reply approval = orders.decide("mia", credit, "APPROVE", "sales-manager", null);
            assertEquals(approval.body(), 503, approval.status());
            assertContains(approval.body(), "the finance settlement department is not running");
            assertEquals("PENDING_CONFIRMATION", orders.get(credit).get("status").asText());
            Http.Reply shipment = http.post(Shipping.PREFIX + "/shipments", Http.json(Shipping.draft(waiting,
                    List.of(Shipping.line(1, 5)), null, Map.of("terms", "COMPANY"))), "lena", SalesOrders.pw("lena"));
            assertEquals(shipment.body(), 409, shipment.status());
            assertContains(shipment.body(), "no payment release is running");
        } finally {
            finance.start();
        }
        awaitHealthy();
        assertEquals("CONFIRMED", orders.approve("mia", credit, "sales-manager").get("status").asText());
        assertEquals("CREDIT_WITHIN_LIMIT", shipping.create(waiting, List.of(Shipping.line(1, 5)), null,
                Map.of("terms", "COMPANY")).get("releaseRule").asText());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /**
     * One client entering and confirming orders of customer A until stopped. While sales is away its calls fail, and
     * it tries again a moment later, as a user would.
     */
    private final class OrderStream {
        final List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final ExecutorService client = Executors.newSingleThreadExecutor();
        private final Future<?> running;

        OrderStream() {
            running = client.submit(() -> {
                for (int i = 0; !stopping.get(); i++) {
                    if (!confirmOne("PO-SURVIVE-" + i)) {
                        Thread.sleep(200);
                    }
                }
                return null;
            });
        }

        private boolean confirmOne(String po) {
            Http.Reply created = http.post(SalesOrders.ORDERS, Http.json(Orders.ledLamps(po)), "ann",
                    SalesOrders.pw("ann"));
            if (created.status() != 201) {
                return false;
            }
            String number = created.json().get("number").asText();
            if (orders.decide("sam", number, "APPROVE", "sales-assistant", null).status() != 200) {
                return false;
            }
            Http.Reply last = orders.decide("mia", number, "APPROVE", "sales-manager", null);
            if (last.status() == 200 && last.json().get("status").asText().equals("CONFIRMED")) {
                confirmed.add(number);
                return true;
            }
            return false;
        }

        void awaitConfirmed(int count) {
            await("orders confirmed").atMost(SETTLED).until(() -> confirmed.size() >= count || running.isDone());
            assertTrue("the client failed", !running.isDone());
        }

        void stop() throws Exception {
            stopping.set(true);
            try {
                running.get();
            } finally {
                client.shutdownNow();
            }
        }
    }
}
