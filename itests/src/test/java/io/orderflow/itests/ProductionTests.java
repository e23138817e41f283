package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.production.api.event.ProductionCompleted;
import io.orderflow.production.api.event.ProductionDelayed;
import io.orderflow.production.api.event.ProductionStarted;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import io.orderflow.warehouse.api.event.OrderFullyReserved;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Production (docs/business-rules.md §3): the shortfall of a confirmed order becomes a production order, the schedule
 * proposal is approved by the production VP, production starts, progress and quality inspection put the goods into
 * stock for the order; worked examples C and E of docs/business-rules.md §7.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ProductionTests extends SalesOrderFlowTest {

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }


    private static final String PRODUCTION = "/production";

    private final WarehouseApi warehouseApi = new WarehouseApi(http);
    private final Payments payments = new Payments(http);

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private JsonNode productionOrderOnceRaised(String number) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !http.get(PRODUCTION + "/production-orders?order=" + number,
                "pete", pw("pete")).json().isEmpty());
        return http.get(PRODUCTION + "/production-orders?order=" + number, "pete", pw("pete")).json().get(0);
    }

    private String productionOrderStatus(long id) {
        return http.get(PRODUCTION + "/production-orders/" + id, "pete", pw("pete")).json().get("status").asText();
    }

    private JsonNode schedule() {
        return http.get(PRODUCTION + "/schedule", "pete", pw("pete")).json();
    }

    private Http.Reply approve(String user) {
        return http.post(PRODUCTION + "/schedule/approval", "{\"remark\":\"capacity checked\"}", user, pw(user));
    }

    private Http.Reply report(long id, Map<String, Object> report) {
        return http.post(PRODUCTION + "/production-orders/" + id + "/reports", Http.json(report), "pete", pw("pete"));
    }

    private Http.Reply inspect(long id, Map<String, Object> inspection) {
        return http.post(PRODUCTION + "/production-orders/" + id + "/inspections", Http.json(inspection), "quinn",
                pw("quinn"));
    }

    private void awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(orders.get(number).get("status").asText()));
    }

    @Test
    public void aShortfallIsScheduledApprovedMadeInspectedAndReservedUntilTheOrderAwaitsShipment() throws Exception {
        // SMART-LAMP: 30 in WH-EAST and 40 in WH-SOUTH. An eastern customer's 100 leave 30 to make.
        String number = orders.create("ann", Orders.order("CUST-E", "PO-PROD-1", "SMART-LAMP", 100, "180.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        JsonNode planned = productionOrderOnceRaised(number);
        long id = planned.get("id").asLong();
        assertEquals("SMART-LAMP", planned.get("product").asText());
        assertEquals(30, planned.get("quantity").asInt());
        assertEquals("PLANNED", planned.get("status").asText());

        JsonNode proposal = schedule();
        assertEquals("PROPOSED", proposal.get("state").asText());
        assertTrue(proposal.get("orderNumbers").toString(), proposal.get("orderNumbers").toString().contains(number));
        assertNotNull(proposal.at("/orders/0/projectedCompletion").asText(null));
        Map<Integer, String> byOperation = new TreeMap<>();
        proposal.get("work").forEach(work -> {
            if (work.get("productionOrder").asLong() == id) {
                byOperation.put(work.get("operation").asInt(), work.get("workCentre").asText());
            }
        });
        assertEquals("the smart lamp's routing, in order", List.of("WC-CUT", "WC-ELEC", "WC-ASSY", "WC-TEST"),
                List.copyOf(byOperation.values()));
        assertContains(shell().run("carol", pw("carol"), "production:schedule"), "Schedule PROPOSED");

        Db db = new Db(dataSource);
        String approvals = "SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'SCHEDULE_APPROVED'"
                + " AND ACTOR = 'vera' AND ACTOR_ROLE = 'production-vp'";
        long approvedBefore = db.count(approvals);
        assertEquals("a planner proposes, the VP approves", 403, approve("pete").status());
        Http.Reply approved = approve("vera");
        assertEquals(approved.body(), 200, approved.status());
        assertEquals("APPROVED", approved.json().get("state").asText());
        assertEquals(409, approve("vera").status());
        awaitStatus(number, "IN_PRODUCTION");
        assertTrue(orders.timelineTypes(number).contains(ProductionStarted.TYPE));

        assertEquals(403, http.post(PRODUCTION + "/production-orders/" + id + "/reports", "{\"completed\":30}", "quinn",
                pw("quinn")).status());
        assertEquals(400, report(id, Map.of("completed", 31)).status());
        assertEquals(30, report(id, Map.of("completed", 30)).json().get("completed").asInt());
        Http.Reply tooMany = inspect(id, Map.of("passed", 31));
        assertEquals(400, tooMany.status());
        assertEquals(400, inspect(id, Map.of("passed", 25, "failed", 5)).status());
        JsonNode inspected = inspect(id, Map.of("passed", 25, "failed", 5, "disposition", "REWORK")).json();
        assertEquals(25, inspected.get("passed").asInt());
        assertEquals("failed units are made again", 25, inspected.get("completed").asInt());
        await().atMost(Duration.ofSeconds(30)).until(() -> "5".equals(http.get(WarehouseApi.PREFIX + "/reservations/"
                + number, "bob", pw("bob")).json().at("/lines/0/missing").asText()));
        assertEquals("IN_PRODUCTION", orders.get(number).get("status").asText());

        assertContains(shell().run("pete", pw("pete"), "production:report --completed 5 " + id), "30 of 30 made");
        assertEquals("COMPLETED", inspect(id, Map.of("passed", 5)).json().get("status").asText());
        awaitStatus(number, "AWAITING_SHIPMENT");
        JsonNode reservation = http.get(WarehouseApi.PREFIX + "/reservations/" + number, "bob", pw("bob")).json();
        assertEquals("0", reservation.at("/lines/0/missing").asText());
        assertTrue(orders.timelineTypes(number).containsAll(List.of(ProductionCompleted.TYPE,
                OrderFullyReserved.TYPE)));
        assertEquals("the 30 from stock and the 30 made, both in the customer's region", 60,
                warehouseApi.stockOf("SMART-LAMP", "WH-EAST").get("reserved").asInt());
        assertTrue(http.get(WarehouseApi.PREFIX + "/ledger-check", "carol", pw("carol")).json().get("mismatches")
                .isEmpty());
        assertEquals(approvedBefore + 1, db.count(approvals));
        assertEquals(2, db.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'QUALITY_INSPECTION'"
                + " AND SUBJECT = ?", "production order " + id));
    }

    @Test
    public void fiveHundredSmartLampsTakeAboutThirtyDays() {
        // Worked example C: electronics assembly, 14 minutes a lamp at 480 minutes a day, is the bottleneck.
        JsonNode projection = http.get(PRODUCTION + "/projection?product=SMART-LAMP&quantity=500", "mia", pw("mia"))
                .json();
        long days = ChronoUnit.DAYS.between(today(), LocalDate.parse(projection.get("projectedCompletion").asText()));
        assertTrue("about 30 days, was " + days, days >= 26 && days <= 34);
        assertEquals(400, http.get(PRODUCTION + "/projection?product=NO-LAMP&quantity=5", "mia", pw("mia")).status());
        assertEquals(400, http.get(PRODUCTION + "/projection?product=SMART-LAMP&quantity=many", "mia", pw("mia"))
                .status());
    }

    @Test
    public void aMaterialShortageDelaysTheOrderFiveDaysAndSalesMustTellTheCustomer() throws Exception {
        // Worked example E: an order due in about 20 days. 50 LED panels are a day's work once their material is there.
        LocalDate due = today().plusDays(20);
        while (isWeekend(due.plusDays(5))) {
            due = due.minusDays(1);
        }
        Map<String, Object> order = new HashMap<>(Orders.order("CUST-E", "PO-PROD-E", "LED-PANEL", 300, "95.00"));
        order.put("requestedDelivery", due.toString());
        String number = orders.create("ann", order).get("number").asText();
        orders.confirmPlain(number);
        long id = productionOrderOnceRaised(number).get("id").asLong();
        assertEquals(200, approve("vera").status());
        awaitStatus(number, "IN_PRODUCTION");
        JsonNode onTime = http.get(PRODUCTION + "/production-orders/" + id, "pete", pw("pete")).json();
        assertTrue(onTime.toString(), !LocalDate.parse(onTime.get("projectedCompletion").asText()).isAfter(due));

        LocalDate until = due.plusDays(5);
        Http.Reply shortage = report(id, Map.of("anomaly", "MATERIAL_SHORTAGE", "until", until.toString(),
                "note", "LED modules failed incoming inspection"));
        assertEquals(shortage.body(), 200, shortage.status());
        assertEquals(until.toString(), shortage.json().get("projectedCompletion").asText());
        await().atMost(Duration.ofSeconds(30)).until(() -> orders.timelineTypes(number).contains(ProductionDelayed.TYPE));
        Db db = new Db(dataSource);
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND EVENT_TYPE ="
                + " ? AND PAYLOAD LIKE ? AND PAYLOAD LIKE ?", number, ProductionDelayed.TYPE, "%\"newDate\":\"" + until
                + "\"%", "%material shortage: LED modules failed incoming inspection%"));
        JsonNode due24h = http.get("/sales-order/follow-up/delay-notices-due", "ann", pw("ann")).json();
        assertTrue(due24h.toString(), due24h.toString().contains(number));
        assertContains(shell().run("carol", pw("carol"), "production:delays"), number);

        assertEquals("the same delay is announced once", 200, report(id, Map.of("completed", 10)).status());
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND EVENT_TYPE ="
                + " ?", number, ProductionDelayed.TYPE));

        // The customer must be told within 24 hours; the rep does, offering a discount.
        JsonNode delay = withField(http.get("/sales-order/follow-up/delay-notices-due", "ann", pw("ann")).json(),
                "orderNumber", number);
        assertEquals(24, Duration.between(Instant.parse(delay.get("reportedAt").asText()),
                Instant.parse(delay.get("noticeDueAt").asText())).toHours());
        Http.Reply tooSoon = http.post("/sales-order/orders/" + number + "/delay-notices", "{\"newDate\":\""
                + until.minusDays(1) + "\"}", "ann", pw("ann"));
        assertEquals("production cannot make it sooner", 400, tooSoon.status());
        String notice = "{\"compensation\":\"5 % discount on the order\"}";
        assertEquals(403, http.post("/sales-order/orders/" + number + "/delay-notices", notice, "bob", pw("bob"))
                .status());
        Http.Reply told = http.post("/sales-order/orders/" + number + "/delay-notices", notice, "ann", pw("ann"));
        assertEquals(told.body(), 201, told.status());
        assertEquals(until.toString(), told.json().get("newDate").asText());
        assertEquals(due.toString(), told.json().get("oldDate").asText());
        assertEquals(until.toString(), orders.get(number).get("requestedDelivery").asText());
        assertTrue(!http.get("/sales-order/follow-up/delay-notices-due", "ann", pw("ann")).body().contains(number));
        assertEquals(409, http.post("/sales-order/orders/" + number + "/delay-notices", notice, "ann", pw("ann"))
                .status());
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND EVENT_TYPE ="
                + " ? AND PAYLOAD LIKE '%discount on the order%'", number, PromisedDateChanged.TYPE));
        await().atMost(Duration.ofSeconds(30)).until(() -> until.toString().equals(http.get(PRODUCTION
                + "/production-orders/" + id, "pete", pw("pete")).json().get("dueDate").asText()));
        assertTrue(orders.timelineTypes(number).contains(PromisedDateChanged.TYPE));
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'DELAY_NOTIFIED' AND"
                + " SUBJECT = ? AND ACTOR = 'ann' AND ACTOR_ROLE = 'sales-rep' AND DETAILS LIKE '%5 % discount%'",
                number));
    }

    @Test
    public void aChangeRequestIsAnsweredFromTheSchedule() {
        String number = orders.create("ann", Orders.ledLamps("PO-PROD-CHANGE")).get("number").asText();
        orders.confirmPlain(number);
        awaitStatus(number, "AWAITING_SHIPMENT");
        long feasible = orders.post("ann", number, "change-requests", Map.of("lines", List.of(Map.of("lineNo", 1,
                "quantity", 3000)), "reason", "the customer opens a second shop")).json().get("id").asLong();
        JsonNode answered = changeOnceAnswered(number, feasible);
        assertEquals(answered.toString(), "FEASIBLE", answered.get("status").asText());
        LocalDate projected = LocalDate.parse(answered.get("projectedDelivery").asText());
        assertTrue(projected.toString(), projected.isAfter(today()) && !projected.isAfter(today().plusDays(40)));

        long tooMuch = orders.post("ann", number, "change-requests", Map.of("lines", List.of(Map.of("lineNo", 1,
                "quantity", 60000)), "reason", "a national chain")).json().get("id").asLong();
        JsonNode refused = changeOnceAnswered(number, tooMuch);
        assertEquals(refused.toString(), "NOT_FEASIBLE", refused.get("status").asText());
    }

    private List<Long> withoutReport() {
        List<Long> ids = new ArrayList<>();
        http.get(PRODUCTION + "/production-orders/without-report", "pete", pw("pete")).json()
                .forEach(order -> ids.add(order.get("id").asLong()));
        return ids;
    }

    /** The element of a JSON array whose {@code field} is {@code value}. */
    private static JsonNode withField(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.get(field).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private JsonNode changeOnceAnswered(String number, long id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !"REQUESTED".equals(change(number, id).get("status")
                .asText()));
        return change(number, id);
    }

    private JsonNode change(String number, long id) {
        return withField(http.get("/sales-order/orders/" + number + "/change-requests", "ann", pw("ann")).json(), "id",
                String.valueOf(id));
    }

    @Test
    public void cancellingTheOrderCancelsItsProductionOrders() {
        // CRYSTAL-LAMP: 6 in stock; 10 leave 4 to make.
        String number = orders.create("ann", Orders.order("CUST-A", "PO-PROD-CANCEL", "CRYSTAL-LAMP", 10, "2400.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        long id = productionOrderOnceRaised(number).get("id").asLong();
        assertEquals(200, orders.post("mia", number, "cancel", Map.of("reason", "the hotel project stopped")).status());
        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(http.get(PRODUCTION
                + "/production-orders/" + id, "pete", pw("pete")).json().get("status").asText()));
        assertTrue(!schedule().get("orderNumbers").toString().contains(number));
    }

    @Test
    public void aProductionOrderWaitsForThePrepaymentItsTermsAskAndABouncedOneHoldsItBackBeforeItStarts() {
        // CUST-D pays 30 % up front (PREPAY_30). Nobody keeps ceiling lights in stock.
        String number = orders.create("ann", Orders.order("CUST-D", "PO-PROD-PREPAY", "CEILING-LIGHT", 10, "320.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        long id = productionOrderOnceRaised(number).get("id").asLong();
        assertEquals(200, approve("vera").status());
        assertEquals("AWAITING_PREPAYMENT", productionOrderStatus(id));
        Db db = new Db(dataSource);
        assertEquals("not started", 0, db.count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND"
                + " EVENT_TYPE = ?", number, ProductionStarted.TYPE));
        String payment = payments.verified("CUST-D", "960.00", number, "960.00");
        awaitStatus(number, "IN_PRODUCTION");
        assertEquals("RELEASED", productionOrderStatus(id));

        payments.reversed(payment, "cheque bounced");
        await("held back: nothing made yet").atMost(Duration.ofSeconds(30))
                .until(() -> "AWAITING_PREPAYMENT".equals(productionOrderStatus(id)));
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = ? AND SUBJECT = ?",
                "PRODUCTION_ORDER_HELD_BACK", "production order " + id));
    }

    @Test
    public void aCustomOrderOnCreditStartsOnlyOnceFinanceVerifiedItsThirtyPercent() {
        // CUST-A buys on credit (NET30); a custom order still pays 30 % before production (orderflow.finance.prepayment)
        Map<String, Object> draft = Orders.order("CUST-A", "PO-PROD-CUSTOM", "CEILING-LIGHT", 10, "320.00");
        draft.put("custom", true);
        String number = orders.create("ann", draft).get("number").asText();
        orders.approve("sam", number, "sales-assistant");
        orders.approve("pete", number, "production-planner");
        assertEquals("CONFIRMED", orders.approve("mia", number, "sales-manager").get("status").asText());
        long id = productionOrderOnceRaised(number).get("id").asLong();
        assertEquals(0, new BigDecimal("960.00").compareTo(new BigDecimal(payments.settlement(number)
                .get("prepaymentDue").asText())));
        assertEquals(200, approve("vera").status());
        assertEquals("AWAITING_PREPAYMENT", productionOrderStatus(id));

        payments.verified("CUST-A", "500.00", number, "500.00");
        payments.verified("CUST-A", "460.00", number, "460.00");
        awaitStatus(number, "IN_PRODUCTION");
        assertEquals("RELEASED", productionOrderStatus(id));
    }

    @Test
    public void masterDataByCsvDrivesThePurchasePlanAndPurchasingsDatesReplan() throws Exception {
        String materials = "code,name,onHand,leadTimeDays\nGLASS-DIFFUSER,Glass diffuser,0,12\n";
        assertEquals(403, http.post(PRODUCTION + "/import/materials", "text/csv", materials, "ann", pw("ann"))
                .status());
        Http.Reply imported = http.post(PRODUCTION + "/import/materials", "text/csv", materials, "pete", pw("pete"));
        assertEquals(imported.body(), 200, imported.status());
        Http.Reply badBill = http.post(PRODUCTION + "/import/bills", "text/csv",
                "product,material,quantityPerUnit\nFLOOR-LAMP,UNOBTAINIUM,1\n", "pete", pw("pete"));
        assertEquals(400, badBill.status());
        assertContains(badBill.body(), "bill[0].material");
        Http.Reply noColumn = http.post(PRODUCTION + "/import/materials", "text/csv", "code,name\nX,Y\n", "pete",
                pw("pete"));
        assertEquals(400, noColumn.status());
        assertContains(noColumn.body(), "onHand");
        assertEquals(400, http.put(PRODUCTION + "/products/FLOOR-LAMP", "{\"routing\":[]}", "pete", pw("pete"))
                .status());
        assertEquals(400, http.put(PRODUCTION + "/work-centres", "{\"code\":\"WC-X\",\"name\":\"Idle\","
                + "\"dailyCapacityMinutes\":0}", "pete", pw("pete")).status());
        String bill = "product,material,quantityPerUnit\nFLOOR-LAMP,LED-MODULE,1\nFLOOR-LAMP,LAMP-SHADE,1\n"
                + "FLOOR-LAMP,GLASS-DIFFUSER,1\nFLOOR-LAMP,PACKAGING,1\n";
        assertEquals(200, http.post(PRODUCTION + "/import/bills", "text/csv", bill, "pete", pw("pete")).status());
        assertEquals(4, http.get(PRODUCTION + "/products/FLOOR-LAMP", "ann", pw("ann")).json().get("bill").size());

        // FLOOR-LAMP: 60 in WH-WEST; a western customer's 100 leave 40 to make, each needing a diffuser.
        String number = orders.create("ann", Orders.order("CUST-C", "PO-PROD-DIFFUSER", "FLOOR-LAMP", 100, "150.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        long id = productionOrderOnceRaised(number).get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> schedule().get("purchasePlan").toString()
                .contains("GLASS-DIFFUSER"));
        JsonNode line = withField(schedule().get("purchasePlan"), "material", "GLASS-DIFFUSER");
        assertEquals(40, line.get("quantity").asInt());
        assertEquals(12, line.get("leadTimeDays").asInt());
        assertContains(shell().run("carol", pw("carol"), "production:plan"), "GLASS-DIFFUSER");
        assertContains(shell().run("vera", pw("vera"), "production:approve --remark \"diffusers ordered\""),
                "Schedule APPROVED");
        long purchase = withField(http.get(PRODUCTION + "/purchases", "pat", pw("pat")).json(), "material",
                "GLASS-DIFFUSER").get("id").asLong();
        LocalDate arrival = today().plusDays(30);
        assertEquals(403, http.post(PRODUCTION + "/purchases/" + purchase + "/arrival", "{\"expectedArrival\":\""
                + arrival + "\"}", "pete", pw("pete")).status());
        Http.Reply recorded = http.post(PRODUCTION + "/purchases/" + purchase + "/arrival", "{\"expectedArrival\":\""
                + arrival + "\"}", "pat", pw("pat"));
        assertEquals(recorded.body(), 200, recorded.status());
        assertTrue(recorded.json().get("confirmed").asBoolean());
        LocalDate projected = LocalDate.parse(http.get(PRODUCTION + "/production-orders/" + id, "pete", pw("pete"))
                .json().get("projectedCompletion").asText());
        assertTrue("no work before the diffusers arrive: " + projected, !projected.isBefore(arrival));

        Http.Reply received = http.post(PRODUCTION + "/purchases/" + purchase + "/receipt", "", "pat", pw("pat"));
        assertEquals(received.body(), 200, received.status());
        assertEquals(40, withField(http.get(PRODUCTION + "/materials", "pete", pw("pete")).json(), "code",
                "GLASS-DIFFUSER").get("onHand").asInt());
        LocalDate sooner = LocalDate.parse(http.get(PRODUCTION + "/production-orders/" + id, "pete", pw("pete"))
                .json().get("projectedCompletion").asText());
        assertTrue("the diffusers are here: " + sooner, sooner.isBefore(arrival));
        assertEquals(404, http.post(PRODUCTION + "/purchases/" + purchase + "/receipt", "", "pat", pw("pat"))
                .status());
    }

    @Test
    public void releasedOrdersWithoutAReportForAWeekAreListed() throws Exception {
        String number = orders.create("ann", Orders.order("CUST-E", "PO-PROD-SILENT", "CEILING-LIGHT", 5, "320.00"))
                .get("number").asText();
        orders.confirmPlain(number);
        long id = productionOrderOnceRaised(number).get("id").asLong();
        assertEquals(200, approve("vera").status());
        assertTrue(!withoutReport().contains(id));
        new Db(dataSource).update("UPDATE PRODUCTION.PRODUCTION_ORDER SET LAST_REPORT_AT = ? WHERE ID = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(8))), id);
        assertTrue(withoutReport().contains(id));
        assertContains(shell().run("pete", pw("pete"), "production:delays"), "Without a report");

        LocalDate repaired = today().plusDays(3);
        assertContains(shell().run("pete", pw("pete"), "production:report --anomaly BREAKDOWN --until " + repaired
                + " --work-centre WC-TEST --note \"packing line motor\" " + id), "Production order " + id);
        LocalDate projected = LocalDate.parse(http.get(PRODUCTION + "/production-orders/" + id, "pete", pw("pete"))
                .json().get("projectedCompletion").asText());
        assertTrue("testing and packing is down until " + repaired + ": " + projected, projected.isAfter(repaired));
        assertTrue("a report is a report", !withoutReport().contains(id));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
