package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.warehouse.api.AvailableToPromiseService;
import io.orderflow.warehouse.api.PromiseFigure;
import io.orderflow.warehouse.api.event.TransferChanged;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Transfers between warehouses (docs/business-rules.md §4.3): raised by the stock check, approved by a sales-manager
 * and then the sales-director, or rejected for a recount; picked, shipped and received through the ledger. And
 * available-to-promise.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StockTransferTests extends SalesOrderFlowTest {

    @Configuration
    @Override
    public Option[] config() {
        return SalesContainerIT.options();
    }


    private static final String WAREHOUSE = WarehouseApi.PREFIX;

    private final WarehouseApi warehouseApi = new WarehouseApi(http);

    @Inject
    private AvailableToPromiseService promiseService;

    private Http.Reply setSafetyStock(String user, String warehouse, String product, int quantity) {
        return http.put(WAREHOUSE + "/safety-stock", Http.json(Map.of("warehouse", warehouse, "product", product,
                "quantity", quantity)), user, pw(user));
    }

    private List<JsonNode> openTransfers(String product) {
        List<JsonNode> open = new ArrayList<>();
        http.get(WAREHOUSE + "/transfers?open=true&product=" + product, "carol", pw("carol")).json().forEach(open::add);
        return open;
    }

    private JsonNode theOpenTransfer(String product) {
        List<JsonNode> open = openTransfers(product);
        assertEquals(open.toString(), 1, open.size());
        return open.get(0);
    }

    private Http.Reply decide(String user, long id, boolean approve, String remark) {
        Map<String, Object> body = remark == null ? Map.of("approve", approve) : Map.of("approve", approve,
                "remark", remark);
        return http.post(WAREHOUSE + "/transfers/" + id + "/decisions", Http.json(body), user, pw(user));
    }

    private Http.Reply step(long id, String step, String body) {
        return http.post(WAREHOUSE + "/transfers/" + id + "/" + step, body, "bob", pw("bob"));
    }

    private long count(String sql, Object... params) {
        return new Db(dataSource).count(sql, params);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    public void aRejectedTransferIsRecountedAndAnApprovedOneMovesThroughTheLedger() throws Exception {
        // LED-PANEL: 250 in WH-EAST only. Asking WH-SOUTH to keep 40 raises a request at once.
        assertEquals(403, setSafetyStock("ann", "WH-SOUTH", "LED-PANEL", 40).status());
        Http.Reply set = setSafetyStock("bob", "WH-SOUTH", "LED-PANEL", 40);
        assertEquals(set.body(), 200, set.status());
        JsonNode proposed = theOpenTransfer("LED-PANEL");
        long first = proposed.get("id").asLong();
        assertEquals("PROPOSED", proposed.get("status").asText());
        assertEquals("WH-EAST", proposed.get("fromWarehouse").asText());
        assertEquals("WH-SOUTH", proposed.get("toWarehouse").asText());
        assertEquals(40, proposed.get("quantity").asInt());
        assertEquals("available 0 below safety stock 40", proposed.get("cause").asText());

        assertEquals("the director decides second", 403, decide("dan", first, true, null).status());
        assertEquals(403, decide("bob", first, true, null).status());
        assertEquals("MANAGER_APPROVED", decide("mia", first, true, "fine by sales").json().get("status").asText());
        Http.Reply noReason = decide("dan", first, false, " ");
        assertEquals(400, noReason.status());
        assertContains(noReason.body(), "remark");
        JsonNode rejected = decide("dan", first, false, "the count of WH-EAST looks wrong").json();
        assertEquals("RECOUNT_REQUIRED", rejected.get("status").asText());
        assertEquals("the count of WH-EAST looks wrong", rejected.at("/steps/2/remark").asText());
        Http.Reply tooEarly = step(first, "pick", "");
        assertEquals(409, tooEarly.status());
        assertContains(tooEarly.body(), "it must be APPROVED");

        // The recount finds 20 fewer; while the request waits for it, no second one is raised.
        assertEquals(201, warehouseApi.move("bob", Map.of("type", "ADJUSTMENT", "warehouse", "WH-EAST", "product",
                "LED-PANEL", "quantity", -20, "reason", "recount for transfer " + first)).status());
        assertEquals(first, theOpenTransfer("LED-PANEL").get("id").asLong());
        JsonNode recounted = step(first, "recount", "{\"remark\":\"230 counted\"}").json();
        assertEquals("RECOUNTED", recounted.get("status").asText());

        JsonNode again = theOpenTransfer("LED-PANEL");
        long second = again.get("id").asLong();
        assertNotEquals(first, second);
        assertEquals(40, again.get("quantity").asInt());
        assertEquals("MANAGER_APPROVED", decide("mia", second, true, null).json().get("status").asText());
        assertEquals("APPROVED", decide("dan", second, true, "go").json().get("status").asText());

        assertEquals("approved: WH-EAST cannot promise what is about to leave", 190,
                promise("LED-PANEL", "WH-EAST", today()).get("availableToPromise").asInt());
        assertEquals("PICKED", step(second, "pick", "").json().get("status").asText());
        assertEquals(40, warehouseApi.stockOf("LED-PANEL", "WH-EAST").get("reserved").asInt());
        assertEquals(190, warehouseApi.stockOf("LED-PANEL", "WH-EAST").get("available").asInt());
        assertEquals("picked goods are still the company's", 230,
                promise("LED-PANEL", null, today()).get("availableToPromise").asInt());

        JsonNode shipped = step(second, "ship", "{}").json();
        assertEquals("SHIPPED", shipped.get("status").asText());
        assertEquals(today().plusDays(2).toString(), shipped.get("expectedArrival").asText());
        assertEquals(190, warehouseApi.onHand("LED-PANEL", "WH-EAST"));
        assertEquals(0, warehouseApi.stockOf("LED-PANEL", "WH-EAST").get("reserved").asInt());
        assertEquals(40, warehouseApi.stockOf("LED-PANEL", "WH-SOUTH").get("inTransit").asInt());
        assertEquals("in transit counts once it is due", 0, promise("LED-PANEL", "WH-SOUTH", today())
                .get("expectedReceipts").asInt());
        assertEquals(40, promise("LED-PANEL", "WH-SOUTH", today().plusDays(2)).get("availableToPromise").asInt());
        assertEquals(190, promise("LED-PANEL", null, today()).get("availableToPromise").asInt());
        assertEquals(230, promise("LED-PANEL", null, today().plusDays(2)).get("availableToPromise").asInt());

        assertEquals("RECEIVED", step(second, "receive", "").json().get("status").asText());
        assertEquals(40, warehouseApi.onHand("LED-PANEL", "WH-SOUTH"));
        assertEquals(0, warehouseApi.stockOf("LED-PANEL", "WH-SOUTH").get("inTransit").asInt());
        assertTrue("safety stock is met now", openTransfers("LED-PANEL").isEmpty());
        assertEquals(409, step(second, "receive", "").status());

        JsonNode check = http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json();
        assertTrue(check.toString(), check.get("mismatches").isEmpty());
        assertEquals(3, count("SELECT COUNT(*) FROM WAREHOUSE.STOCK_MOVE WHERE REFERENCE = ? AND MOVE_TYPE LIKE"
                + " 'TRANSFER_%'", "TR-" + second));
        assertEquals("every step audited", 10, count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE SUBJECT IN"
                + " (?, ?) AND ACTION LIKE 'TRANSFER_%'", "transfer " + first, "transfer " + second));
        for (List<String> entry : List.of(List.of("TRANSFER_PROPOSED", "system", ""),
                List.of("TRANSFER_MANAGER_APPROVED", "mia", "sales-manager"),
                List.of("TRANSFER_APPROVED", "dan", "sales-director"), List.of("TRANSFER_PICKED", "bob", "warehouse"),
                List.of("TRANSFER_SHIPPED", "bob", "warehouse"), List.of("TRANSFER_RECEIVED", "bob", "warehouse"))) {
            assertEquals(entry.toString(), 1, count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE SUBJECT = ? AND"
                    + " ACTION = ? AND ACTOR = ? AND COALESCE(ACTOR_ROLE, '') = ?", "transfer " + second, entry.get(0),
                    entry.get(1), entry.get(2)));
        }
        for (String type : List.of("PROPOSED", "MANAGER_APPROVED", "RECOUNT_REQUIRED", "RECOUNTED")) {
            assertEquals(type, 1, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND"
                    + " EVENT_TYPE = ?", String.valueOf(first), TransferChanged.TYPE_PREFIX + type));
        }
        for (String type : List.of("PROPOSED", "MANAGER_APPROVED", "APPROVED", "PICKED", "SHIPPED", "RECEIVED")) {
            assertEquals(type, 1, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND"
                    + " EVENT_TYPE = ?", String.valueOf(second), TransferChanged.TYPE_PREFIX + type));
        }
        String listed = shell().run("carol", pw("carol"), "warehouse:transfers --all LED-PANEL");
        assertContains(listed, "Transfer " + second + ": 40 LED-PANEL from WH-EAST to WH-SOUTH, RECEIVED");
        assertContains(listed, "RECOUNT_REQUIRED dan (sales-director): the count of WH-EAST looks wrong");
    }

    @Test
    public void oneManagerCannotGiveBothApprovalsAndTheShellDecidesToo() throws Exception {
        // FLOOR-LAMP: 60 in WH-WEST only.
        assertContains(shell().run("mia", pw("mia"), "warehouse:safety-stock --warehouse WH-NORTH --set 10"
                + " FLOOR-LAMP"), "Safety stock of FLOOR-LAMP in WH-NORTH: 10");
        long id = theOpenTransfer("FLOOR-LAMP").get("id").asLong();
        assertEquals("WH-WEST", theOpenTransfer("FLOOR-LAMP").get("fromWarehouse").asText());
        assertEquals("MANAGER_APPROVED", decide("max", id, true, null).json().get("status").asText());
        Http.Reply twice = decide("max", id, true, null);
        assertEquals(403, twice.status());
        assertContains(twice.body(), "must come from someone else");
        assertContains(shell().run("dan", pw("dan"), "warehouse:transfer-decide --approve " + id),
                "Transfer " + id + " is APPROVED");
        assertContains(shell().run("bob", pw("bob"), "warehouse:transfer-step pick " + id), "is PICKED");
        assertContains(shell().run("bob", pw("bob"), "warehouse:transfer-step --arrival "
                + today().plusDays(5) + " ship " + id), "arriving " + today().plusDays(5));
        assertEquals(10, warehouseApi.stockOf("FLOOR-LAMP", "WH-NORTH").get("inTransit").asInt());
    }

    @Test
    public void whatARegionsOrdersMissIsFetchedFromWhereStockTurnsUp() {
        // DESK-LAMP: 150 in WH-NORTH only. A southern customer's 200 take all of it and miss 50.
        String number = orders.create("ann", Orders.order("CUST-A", "PO-TR-DESK", "DESK-LAMP", 200, "60.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        assertEquals("50", warehouseApi.reservationOnceMade(number).at("/lines/0/missing").asText());
        assertTrue("nowhere to take it from", openTransfers("DESK-LAMP").isEmpty());

        assertEquals(201, warehouseApi.move("bob", Map.of("type", "RECEIPT", "warehouse", "WH-EAST", "product",
                "DESK-LAMP", "quantity", 100, "reference", "PO-DESK-1")).status());
        JsonNode transfer = theOpenTransfer("DESK-LAMP");
        assertEquals("WH-EAST", transfer.get("fromWarehouse").asText());
        assertEquals("WH-SOUTH", transfer.get("toWarehouse").asText());
        assertEquals(50, transfer.get("quantity").asInt());
        assertEquals("available 0 below what open orders of region SOUTH miss (50)", transfer.get("cause").asText());

        long id = transfer.get("id").asLong();
        decide("mia", id, true, null);
        decide("dan", id, true, null);
        step(id, "pick", "");
        step(id, "ship", "{}");
        assertEquals("RECEIVED", step(id, "receive", "").json().get("status").asText());
        JsonNode filled = http.get(WAREHOUSE + "/reservations/" + number, "bob", pw("bob")).json();
        assertEquals("the goods went to the order that missed them", "0", filled.at("/lines/0/missing").asText());
        assertEquals(0, warehouseApi.stockOf("DESK-LAMP", "WH-SOUTH").get("available").asInt());
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number)
                .get("status").asText()));
        assertTrue("nothing more to fetch", openTransfers("DESK-LAMP").isEmpty());
    }

    @Test
    public void concurrentStockChangesRaiseOneRequestPerDestinationAndOnePickWins() throws Exception {
        // CEILING-LIGHT has no stock anywhere yet: first receipts in three warehouses at once, each able to supply.
        assertEquals(200, setSafetyStock("bob", "WH-SOUTH", "CEILING-LIGHT", 5).status());
        assertTrue(openTransfers("CEILING-LIGHT").isEmpty());
        List<String> sources = List.of("WH-EAST", "WH-NORTH", "WH-WEST");
        List<Integer> statuses = AtOnce.run(sources.size(), i -> warehouseApi.move("bob", Map.of("type", "RECEIPT",
                "warehouse", sources.get(i), "product", "CEILING-LIGHT", "quantity", 20)).status());
        assertEquals(List.of(201, 201, 201), statuses);
        JsonNode transfer = theOpenTransfer("CEILING-LIGHT");
        assertEquals(5, transfer.get("quantity").asInt());
        long id = transfer.get("id").asLong();
        decide("mia", id, true, null);
        decide("dan", id, true, null);

        List<Integer> picks = AtOnce.run(4, i -> step(id, "pick", "").status());
        assertEquals(picks.toString(), 1, picks.stream().filter(status -> status == 200).count());
        assertEquals(picks.toString(), 3, picks.stream().filter(status -> status == 409).count());
        assertEquals(5, warehouseApi.stockOf("CEILING-LIGHT", transfer.get("fromWarehouse").asText())
                .get("reserved").asInt());
        assertEquals(1, count("SELECT COUNT(*) FROM WAREHOUSE.STOCK_MOVE WHERE REFERENCE = ?", "TR-" + id));
    }

    @Test
    public void badRequestsAreRefusedWithTheFieldsAtFault() {
        Http.Reply negative = setSafetyStock("bob", "WH-SOUTH", "LED-LAMP", -1);
        assertEquals(400, negative.status());
        assertContains(negative.body(), "quantity");
        assertEquals(400, setSafetyStock("bob", "WH-NOWHERE", "LED-LAMP", 5).status());
        assertEquals(400, http.put(WAREHOUSE + "/safety-stock", "", "bob", pw("bob")).status());
        Http.Reply badSource = http.post(WAREHOUSE + "/expected-receipts", Http.json(Map.of("warehouse", "WH-SOUTH",
                "product", "LED-LAMP", "quantity", 5, "expectedOn", today().plusDays(3).toString(), "source", "GIFT",
                "reference", "X-1")), "bob", pw("bob"));
        assertEquals(400, badSource.status());
        assertContains(badSource.body(), "source");
        Http.Reply farAway = http.post(WAREHOUSE + "/expected-receipts", Http.json(Map.of("warehouse", "WH-SOUTH",
                "product", "LED-LAMP", "quantity", 5, "expectedOn", "9999-12-31", "source", "PURCHASE",
                "reference", "X-2")), "bob", pw("bob"));
        assertEquals(400, farAway.status());
        assertContains(farAway.body(), "expectedOn");
        assertEquals(400, http.get(WAREHOUSE + "/available-to-promise?product=LED-LAMP&date=+10000-01-01", "ann",
                pw("ann")).status());
        assertEquals(400, http.get(WAREHOUSE + "/available-to-promise?product=LED-LAMP&date=soon", "ann",
                pw("ann")).status());
        assertEquals(400, http.post(WAREHOUSE + "/transfers/1/decisions", "{}", "mia", pw("mia")).status());
        assertEquals(404, http.post(WAREHOUSE + "/transfers/999999/decisions", "{\"approve\":true}", "mia",
                pw("mia")).status());
    }

    private JsonNode promise(String product, String warehouse, LocalDate date) {
        Http.Reply reply = http.get(WAREHOUSE + "/available-to-promise?product=" + product
                + (warehouse == null ? "" : "&warehouse=" + warehouse) + "&date=" + date, "ann", pw("ann"));
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    @Test
    public void availableToPromiseCountsExpectedReceiptsAndWhatOrdersDueByThenMiss() throws Exception {
        // CRYSTAL-LAMP: 6 in WH-SOUTH. An order due in 40 days for 10 misses 4.
        String number = orders.create("ann", Orders.order("CUST-G", "PO-TR-ATP", "CRYSTAL-LAMP", 10, "2400.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        assertEquals("4", warehouseApi.reservationOnceMade(number).at("/lines/0/missing").asText());

        Map<String, Object> notice = Map.of("warehouse", "WH-SOUTH", "product", "CRYSTAL-LAMP", "quantity", 12,
                "expectedOn", today().plusDays(10).toString(), "source", "PRODUCTION", "reference", "MO-CRYSTAL-1");
        assertEquals(403, http.post(WAREHOUSE + "/expected-receipts", Http.json(notice), "ann", pw("ann")).status());
        Http.Reply expected = http.post(WAREHOUSE + "/expected-receipts", Http.json(notice), "pete", pw("pete"));
        assertEquals(expected.body(), 201, expected.status());

        JsonNode soon = promise("CRYSTAL-LAMP", null, today().plusDays(5));
        assertEquals(List.of(0, 0, 0, 0), List.of(soon.get("available").asInt(), soon.get("expectedReceipts").asInt(),
                soon.get("shortfallDue").asInt(), soon.get("availableToPromise").asInt()));
        JsonNode later = promise("CRYSTAL-LAMP", "WH-SOUTH", today().plusDays(45));
        assertEquals("12 arriving less the 4 the order still misses", 8, later.get("availableToPromise").asInt());
        assertEquals(4, later.get("shortfallDue").asInt());
        assertEquals(0, promise("CRYSTAL-LAMP", "WH-EAST", today().plusDays(45)).get("availableToPromise").asInt());

        assertEquals(201, warehouseApi.move("bob", Map.of("type", "RECEIPT", "warehouse", "WH-SOUTH", "product",
                "CRYSTAL-LAMP", "quantity", 5, "reference", "MO-CRYSTAL-1")).status());
        JsonNode open = http.get(WAREHOUSE + "/expected-receipts?product=CRYSTAL-LAMP", "ann", pw("ann")).json();
        assertEquals(7, open.get(0).get("open").asInt());
        assertEquals("5 available now + 7 still expected − 4 missing", 8,
                promise("CRYSTAL-LAMP", null, today().plusDays(45)).get("availableToPromise").asInt());
        assertContains(shell().run("ann", pw("ann"), "warehouse:atp --date " + today().plusDays(45) + " CRYSTAL-LAMP"),
                "= 8 available to promise");
        PromiseFigure asService = promiseService.availableToPromise("CRYSTAL-LAMP", "WH-SOUTH", today().plusDays(45));
        assertEquals("what sales and production call", 8, asService.availableToPromise().intValueExact());
        assertEquals(7, asService.expectedReceipts().intValueExact());

        Http.Reply past = http.get(WAREHOUSE + "/available-to-promise?product=CRYSTAL-LAMP&date="
                + today().minusDays(1), "ann", pw("ann"));
        assertEquals(400, past.status());
        assertContains(past.body(), "date");
        assertEquals(400, http.get(WAREHOUSE + "/available-to-promise?product=NO-LAMP", "ann", pw("ann")).status());
    }
}
