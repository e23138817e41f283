package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockService;
import io.orderflow.warehouse.api.event.OrderFullyReserved;
import io.orderflow.warehouse.api.event.StockReserved;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Random;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The warehouse department (docs/business-rules.md §4): stock as a ledger, and the stock side of the order flow. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WarehouseTests extends SalesOrderFlowTest {

    @Configuration
    @Override
    public Option[] config() {
        return EdiContainerIT.options();
    }


    private static final String WAREHOUSE = WarehouseApi.PREFIX;

    private final WarehouseApi warehouseApi = new WarehouseApi(http);

    @Inject
    private ReservationService reservations;

    @Inject
    private StockService stock;

    @Inject
    private BundleContext context;

    private static long total(JsonNode rows, String field) {
        long sum = 0;
        for (JsonNode row : rows) {
            sum += row.get(field).asLong();
        }
        return sum;
    }

    @Test
    public void theStockOfAProductIsOneRowPerWarehouseWithTheDemoQuantities() {
        Http.Reply reply = http.get(WAREHOUSE + "/stock?product=LED-LAMP", "ann", pw("ann"));
        assertEquals(reply.body(), 200, reply.status());
        JsonNode rows = reply.json();
        assertEquals(4, rows.size());
        JsonNode south = warehouseApi.stockOf("LED-LAMP", "WH-SOUTH");
        assertEquals("SOUTH", south.get("region").asText());
        assertTrue(south.get("onHand").asLong() >= 1000);
        assertTrue("plain numbers", south.get("onHand").isNumber() && south.get("available").isNumber());
        assertEquals(south.get("onHand").asLong() - south.get("reserved").asLong(), south.get("available").asLong());
        assertTrue(total(http.get(WAREHOUSE + "/stock?product=SMART-LAMP", "ann", pw("ann")).json(), "onHand") < 100);
        assertTrue(total(http.get(WAREHOUSE + "/stock?product=CRYSTAL-LAMP", "ann", pw("ann")).json(), "onHand") < 10);
        assertEquals(400, http.get(WAREHOUSE + "/stock", "ann", pw("ann")).status());
    }

    @Test
    public void movesKeepTheLedgerAndRefuseWhatWouldBreakIt() throws Exception {
        long before = warehouseApi.stockOf("DESK-LAMP", "WH-NORTH").get("onHand").asLong();
        Map<String, Object> receipt = Map.of("type", "RECEIPT", "warehouse", "WH-NORTH", "product", "DESK-LAMP",
                "quantity", 50, "reference", "PO-4711");
        assertEquals(403, warehouseApi.move("ann", receipt).status());
        Http.Reply received = warehouseApi.move("bob", receipt);
        assertEquals(received.body(), 201, received.status());
        assertEquals("RECEIPT", received.json().get("type").asText());
        assertEquals(before + 50, warehouseApi.stockOf("DESK-LAMP", "WH-NORTH").get("onHand").asLong());

        Http.Reply tooMuch = warehouseApi.move("bob", Map.of("type", "ISSUE", "warehouse", "WH-NORTH", "product",
                "DESK-LAMP", "quantity", before + 51, "reason", "samples"));
        assertEquals(409, tooMuch.status());
        assertContains(tooMuch.json().get("message").asText(), "cannot take " + (before + 51));
        Http.Reply invalid = warehouseApi.move("bob", Map.of("type", "ADJUSTMENT", "warehouse", "WH-NORTH", "product",
                "NO-LAMP", "quantity", 0));
        assertEquals(400, invalid.status());
        assertEquals(List.of("product", "quantity", "reason"), fields(invalid.json().get("problems")));
        assertEquals(400, warehouseApi.move("bob", Map.of("type", "RESERVE", "warehouse", "WH-NORTH", "product",
                "DESK-LAMP", "quantity", 1)).status());
        assertContains(shell().run("bob", pw("bob"), "warehouse:move --type ADJUSTMENT --warehouse WH-NORTH"
                + " --quantity -3 --reason \"count 2026-11\" DESK-LAMP"), "ADJUSTMENT of -3 DESK-LAMP in WH-NORTH");
        assertEquals(before + 47, warehouseApi.stockOf("DESK-LAMP", "WH-NORTH").get("onHand").asLong());

        JsonNode check = http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json();
        assertTrue(check.toString(), check.get("mismatches").isEmpty() && check.get("balances").asInt() > 5);
        assertContains(shell().run("bob", pw("bob"), "warehouse:verify-ledger"), "all equal their ledger");
        assertEquals(2, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE SUBJECT ="
                + " 'DESK-LAMP@WH-NORTH' AND ACTOR = 'bob'"));
    }

    private static List<String> fields(JsonNode problems) {
        List<String> fields = new ArrayList<>();
        problems.forEach(p -> fields.add(p.get("field").asText()));
        return fields;
    }

    @Test
    public void aConfirmedOrderIsReservedInItsRegionAndThenAwaitsShipment() throws Exception {
        long reservedBefore = warehouseApi.stockOf("LED-LAMP", "WH-SOUTH").get("reserved").asLong();
        String number = orders.create("ann", Orders.ledLamps("PO-WH-1")).get("number").asText();
        orders.confirmPlain(number);

        JsonNode reservation = warehouseApi.reservationOnceMade(number);
        assertEquals("100", reservation.at("/lines/0/reserved").asText());
        assertEquals("0", reservation.at("/lines/0/missing").asText());
        assertEquals("WH-SOUTH", reservation.at("/lines/0/allocations/0/warehouse").asText());
        assertEquals(reservedBefore + 100, warehouseApi.stockOf("LED-LAMP", "WH-SOUTH").get("reserved").asLong());
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number)
                .get("status").asText()));
        assertTrue(orders.timelineTypes(number).containsAll(List.of(StockReserved.TYPE,
                OrderFullyReserved.TYPE)));

        String matching = "{\"lines\":[{\"lineNo\":1,\"product\":\"LED-LAMP\",\"specification\":\"4000K\",\"quantity\":100}]}";
        JsonNode ok = http.post(WAREHOUSE + "/reservations/" + number + "/shipment-check", matching, "bob", pw("bob")).json();
        assertTrue(ok.toString(), ok.get("matches").asBoolean());
        // a part of a line may ship (the rest stays open); more than is reserved, or another specification, may not
        String wrong = "{\"lines\":[{\"lineNo\":1,\"product\":\"LED-LAMP\",\"specification\":\"2700K\",\"quantity\":110}]}";
        JsonNode refused = http.post(WAREHOUSE + "/reservations/" + number + "/shipment-check", wrong, "bob", pw("bob")).json();
        assertEquals(false, refused.get("matches").asBoolean());
        assertEquals(2, refused.get("problems").size());
        assertContains(shell().run("carol", pw("carol"), "warehouse:reservation " + number), "fully reserved");
    }

    @Test
    public void aCancelledOrderGivesItsStockBack() {
        String number = orders.create("ann", Orders.ledLamps("PO-WH-CANCEL")).get("number").asText();
        orders.confirmPlain(number);
        warehouseApi.reservationOnceMade(number);
        long reserved = warehouseApi.stockOf("LED-LAMP", "WH-SOUTH").get("reserved").asLong();
        String longReason = "customer withdrew: " + "the site was sold. ".repeat(45);
        assertEquals(200, orders.post("mia", number, "cancel", Map.of("reason", longReason.strip())).status());
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(WAREHOUSE + "/reservations/" + number, "bob",
                pw("bob")).json().get("released").asBoolean());
        assertEquals(reserved - 100, warehouseApi.stockOf("LED-LAMP", "WH-SOUTH").get("reserved").asLong());
        assertEquals("CANCELLED", orders.get(number).get("status").asText());
    }

    @Test
    public void whatStockCannotCoverIsAnnouncedAsTheShortfall() {
        String number = orders.create("ann", Orders.order("CUST-A", "PO-WH-SHORT", "SMART-LAMP", 100, "180.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        JsonNode reservation = warehouseApi.reservationOnceMade(number);
        assertEquals("70", reservation.at("/lines/0/reserved").asText());
        assertEquals("30", reservation.at("/lines/0/missing").asText());
        assertEquals("WH-SOUTH", reservation.at("/lines/0/allocations/1/warehouse").asText());
        assertEquals("all the customer's region had", "40", reservation.at("/lines/0/allocations/1/quantity").asText());
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = ? AND PAYLOAD LIKE '%\"missing\":\"30\"%'", number, StockReserved.TYPE));
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = ?", number, OrderFullyReserved.TYPE));
        assertEquals("CONFIRMED", orders.get(number).get("status").asText());
    }

    @Test
    public void aCountBelowWhatOrdersHoldTakesItBackFromTheOrderDueLast() throws Exception {
        // FLOOR-LAMP: 60 in WH-WEST, the region of CUST-C. Two orders hold 30 + 20 of it.
        String sooner = orders.create("ann", Orders.order("CUST-C", "PO-WH-COUNT-1", "FLOOR-LAMP", 30, "150.00"))
                .get("number").asText();
        Map<String, Object> later = new HashMap<>(Orders.order("CUST-C", "PO-WH-COUNT-2", "FLOOR-LAMP", 20, "150.00"));
        later.put("requestedDelivery", LocalDate.now().plusDays(60).toString());
        String dueLast = orders.create("ann", later).get("number").asText();
        for (String number : List.of(sooner, dueLast)) {
            orders.confirmPlain(number);
            warehouseApi.reservationOnceMade(number);
            await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number)
                    .get("status").asText()));
        }
        assertEquals(50, warehouseApi.stockOf("FLOOR-LAMP", "WH-WEST").get("reserved").asLong());

        Http.Reply counted = warehouseApi.move("bob", Map.of("type", "ADJUSTMENT", "warehouse", "WH-WEST", "product",
                "FLOOR-LAMP", "quantity", -25, "reason", "count: 25 broken in the rack"));
        assertEquals(counted.body(), 201, counted.status());
        JsonNode west = warehouseApi.stockOf("FLOOR-LAMP", "WH-WEST");
        assertEquals(35, west.get("onHand").asLong());
        assertEquals(35, west.get("reserved").asLong());
        assertEquals("the order due sooner keeps its stock", "0", http.get(WAREHOUSE + "/reservations/" + sooner,
                "bob", pw("bob")).json().at("/lines/0/missing").asText());
        assertEquals("15", http.get(WAREHOUSE + "/reservations/" + dueLast, "bob", pw("bob")).json()
                .at("/lines/0/missing").asText());
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = ? AND PAYLOAD LIKE '%\"missing\":\"15\"%'", dueLast, StockReserved.TYPE));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(orders.get(dueLast).get("status")
                .asText()));
        assertEquals("AWAITING_SHIPMENT", orders.get(sooner).get("status").asText());
        assertTrue(http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json().get("mismatches").isEmpty());

        Http.Reply belowZero = warehouseApi.move("bob", Map.of("type", "ADJUSTMENT", "warehouse", "WH-WEST",
                "product", "FLOOR-LAMP", "quantity", -36, "reason", "count"));
        assertEquals("on hand never goes negative, and nothing is cut for it", 409, belowZero.status());
        assertEquals(35, warehouseApi.stockOf("FLOOR-LAMP", "WH-WEST").get("reserved").asLong());
        assertEquals(409, warehouseApi.move("bob", Map.of("type", "ISSUE", "warehouse", "WH-WEST", "product",
                "FLOOR-LAMP", "quantity", 1, "reason", "samples")).status());
    }

    @Test
    public void updatingTheWarehouseBundleWhileOrdersAreConfirmedReservesEachOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            numbers.add(orders.create("ann", Orders.order("CUST-A", "PO-WH-UPDATE-" + i, "LED-LAMP", 10, "25.00"))
                    .get("number").asText());
        }
        Bundle warehouse = Arrays.stream(context.getBundles())
                .filter(b -> "io.orderflow.warehouse.impl".equals(b.getSymbolicName())).findFirst().orElseThrow();
        AtomicInteger confirmed = new AtomicInteger();
        List<Boolean> done = AtOnce.run(2, thread -> {
            if (thread == 0) {
                for (String number : numbers) {
                    orders.confirmPlain(number);
                    confirmed.incrementAndGet();
                }
            } else {
                for (int update = 0; update < 2; update++) {
                    try (InputStream jar = new URL(warehouse.getLocation()).openStream()) {
                        warehouse.update(jar);
                    }
                    // the next update waits for a confirmation in between, so both meet orders in flight
                    int before = confirmed.get();
                    await().atMost(Duration.ofSeconds(30)).until(() -> confirmed.get() > before
                            || confirmed.get() == numbers.size());
                }
            }
            return true;
        });
        assertEquals(List.of(true, true), done);
        for (String number : numbers) {
            await().atMost(Duration.ofMinutes(1)).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number)
                    .get("status").asText()));
            assertEquals(number, 1, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE"
                    + " AGGREGATE_ID = ? AND EVENT_TYPE = ?", number, StockReserved.TYPE));
            assertEquals(number, 1, new Db(dataSource).count("SELECT COUNT(*) FROM WAREHOUSE.STOCK_MOVE WHERE"
                    + " REFERENCE = ? AND MOVE_TYPE = 'RESERVE'", number));
        }
        assertTrue(http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json().get("mismatches").isEmpty());
    }

    @Test
    public void anOrderReservedWhileOnHoldIsReleasedIntoAwaitingShipment() {
        String number = orders.create("ann", Orders.ledLamps("PO-WH-HOLD")).get("number").asText();
        orders.confirmPlain(number);
        assertEquals(200, orders.post("mia", number, "hold", Map.of("reason", "waiting for the site plan")).status());
        await().atMost(Duration.ofSeconds(30)).until(() -> orders.timelineTypes(number)
                .contains(OrderFullyReserved.TYPE));
        assertEquals("a hold stays until a person releases it", "ON_HOLD", orders.get(number).get("status").asText());
        assertEquals("AWAITING_SHIPMENT", orders.post("mia", number, "release", "").json().get("status").asText());
    }

    @Test
    public void aRevisionBeyondTheStockSendsTheOrderBackToWaitForProduction() {
        String number = orders.create("ann", Orders.ledLamps("PO-WH-MORE")).get("number").asText();
        orders.confirmPlain(number);
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number)
                .get("status").asText()));
        long change = orders.post("ann", number, "change-requests", Map.of("lines", List.of(Map.of("lineNo", 1,
                "quantity", 5000)), "reason", "a new mall")).json().get("id").asLong();
        orders.post("pete", number, "change-requests/" + change + "/assessment", Map.of("feasible", true,
                "projectedDelivery", LocalDate.now().plusDays(60).toString()));
        assertEquals(200, orders.post("sam", number, "change-requests/" + change + "/apply", "").status());
        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(orders.get(number).get("status").asText()));
        JsonNode reservation = http.get(WAREHOUSE + "/reservations/" + number, "bob", pw("bob")).json();
        assertEquals(2, reservation.get("revision").asInt());
        assertTrue(reservation.toString(), reservation.at("/lines/0/missing").asLong() > 0);
        // Give the LED lamps back, so that no other test depends on running before this one.
        assertEquals(200, orders.post("mia", number, "cancel", Map.of("reason", "mall postponed")).status());
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(WAREHOUSE + "/reservations/" + number, "bob",
                pw("bob")).json().get("released").asBoolean());
    }

    @Test
    public void randomMovesThroughTheRealLedgerKeepBalancesEqualToItAndNeverNegative() {
        List<String> warehouses = List.of("WH-SOUTH", "WH-EAST", "WH-NORTH", "WH-WEST");
        Map<String, Long> expected = new HashMap<>();
        warehouses.forEach(w -> expected.put(w, warehouseApi.stockOf("LED-PANEL", w).get("onHand").asLong()));
        java.util.Random random = new Random(20261122);
        int refused = 0;
        for (int step = 0; step < 150; step++) {
            String warehouse = warehouses.get(random.nextInt(warehouses.size()));
            MoveType type = MoveType.values()[random.nextInt(3)];
            long quantity = 1 + random.nextInt(40);
            long delta = type == MoveType.RECEIPT ? quantity : type == MoveType.ISSUE ? -quantity
                    : random.nextBoolean() ? quantity : -quantity;
            try {
                stock.record(new MoveRequest(type, warehouse, "LED-PANEL", BigDecimal.valueOf(type == MoveType.ADJUSTMENT
                        ? delta : quantity), "random step " + step, null), Actor.SYSTEM);
                expected.merge(warehouse, delta, Long::sum);
            } catch (ConflictException e) {
                refused++;
                assertTrue("refused only when it would go below zero", expected.get(warehouse) + delta < 0);
            }
        }
        for (String warehouse : warehouses) {
            long onHand = warehouseApi.stockOf("LED-PANEL", warehouse).get("onHand").asLong();
            assertEquals(warehouse, (long) expected.get(warehouse), onHand);
            assertTrue(onHand >= 0);
        }
        assertTrue("the sequence tried moves the rules refuse", refused > 0);
        assertTrue(http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json().get("mismatches").isEmpty());
    }

    @Test
    public void concurrentFirstReceiptsOfAProductInAWarehouseAllCount() throws Exception {
        assertEquals("no FLOOR-LAMP in the south yet", 0, warehouseApi.stockOf("FLOOR-LAMP", "WH-SOUTH").get("onHand").asLong());
        List<StockMove> moves = AtOnce.run(8, i -> stock.record(new MoveRequest(MoveType.RECEIPT, "WH-SOUTH",
                "FLOOR-LAMP", BigDecimal.valueOf(5), null, "PO-RACE"), Actor.SYSTEM));
        moves.forEach(move -> assertEquals(MoveType.RECEIPT, move.type()));
        assertEquals(40, warehouseApi.stockOf("FLOOR-LAMP", "WH-SOUTH").get("onHand").asLong());
        assertTrue(http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json().get("mismatches").isEmpty());
    }

    @Test
    public void manyOrdersReservingTheSameScarceStockAtOnceNeverOversell() throws Exception {
        long available = warehouseApi.stockOf("CRYSTAL-LAMP", "WH-SOUTH").get("available").asLong();
        int count = 12;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(orders.create("ann", Orders.order("CUST-A", "PO-CRYSTAL-" + i, "CRYSTAL-LAMP", 2, "2400.00"))
                    .get("number").asText());
        }
        BigDecimal reserved = AtOnce.run(count, i -> reservations.reserve(numbers.get(i), "SOUTH", 1,
                LocalDate.now().plusDays(30), List.of(new OrderLineQuantity(1, "CRYSTAL-LAMP", null,
                        BigDecimal.valueOf(2))))).stream().map(r -> r.lines().get(0).reserved())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("everything available went to someone, nothing more", available, reserved.longValue());
        JsonNode south = warehouseApi.stockOf("CRYSTAL-LAMP", "WH-SOUTH");
        assertEquals(available, south.get("reserved").asLong());
        assertEquals(0, south.get("available").asLong());
        assertTrue(http.get(WAREHOUSE + "/ledger-check", "carol", pw("carol")).json().get("mismatches").isEmpty());
    }
}
