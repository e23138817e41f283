package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.SalesOrders.ORDERS;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.api.event.OrderRejected;
import io.orderflow.salesorder.api.event.ReviewDecided;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The review of docs/business-rules.md §2.2 in the real distribution, with people holding different roles: the approval matrix,
 * decisions, the credit check, the worked examples A, C and D, rejection, hold, cancellation, and a bundle update in
 * the middle of a review.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SalesOrderReviewTests extends SalesOrderFlowTest {

    @Configuration
    @Override
    public Option[] config() {
        return SalesContainerIT.options();
    }

    @Inject
    private BundleContext context;

    /** The order's timeline without what other departments added (the warehouse reserves once it is confirmed). */
    private List<String> salesEvents(String number) {
        return orders.timelineTypes(number).stream().filter(type -> type.startsWith("sales-order/")).toList();
    }

    private static List<String> roles(JsonNode order) {
        List<String> roles = new ArrayList<>();
        order.get("review").forEach(step -> roles.add(step.get("role").asText()));
        return roles;
    }

    private static List<String> due(JsonNode order) {
        List<String> roles = new ArrayList<>();
        order.get("review").forEach(step -> {
            if (step.get("due").asBoolean()) {
                roles.add(step.get("role").asText());
            }
        });
        return roles;
    }

    @Test
    public void workedExampleA_aPlainOrderAtListPricesNeedsOnlyTheAssistantAndTheManager() throws Exception {
        JsonNode order = orders.create("ann", Orders.ledLamps("PO-A-REVIEW"));
        String number = order.get("number").asText();
        assertEquals("PENDING_CONFIRMATION", order.get("status").asText());
        assertEquals(List.of("sales-assistant", "sales-manager"), roles(order));
        assertEquals(List.of("sales-assistant"), due(order));

        assertEquals(403, orders.decide("bob", number, "APPROVE", "sales-assistant", null).status());
        Http.Reply asAdmin = http.post(ORDERS + "/" + number + "/decisions",
                Http.json(Map.of("decision", "APPROVE", "role", "sales-assistant")), "admin", SalesOrders.adminPassword());
        assertEquals("admin holds no business role by itself", 403, asAdmin.status());
        Http.Reply early = orders.decide("mia", number, "APPROVE", "sales-manager", null);
        assertEquals(409, early.status());
        assertContains(early.json().get("message").asText(), "due now: sales-assistant");

        JsonNode checked = orders.approve("sam", number, "sales-assistant");
        assertEquals(List.of("sales-manager"), due(checked));
        JsonNode confirmed = orders.approve("mia", number, "sales-manager");
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        assertEquals("mia", confirmed.at("/review/1/decidedBy").asText());

        JsonNode confirmation = http.get(ORDERS + "/" + number + "/confirmation", "bob", pw("bob")).json();
        assertEquals("Anhui Bright Homes", confirmation.get("customerName").asText());
        assertEquals("2500.00", confirmation.at("/total/amount").asText());
        assertEquals("LED-LAMP", confirmation.at("/lines/0/productCode").asText());
        assertEquals(Orders.ledLamps("x").get("requestedDelivery"), confirmation.get("requestedDelivery").asText());
        Http.Reply page = http.get(ORDERS + "/" + number + "/confirmation", "text/html", "bob", pw("bob"));
        assertEquals(200, page.status());
        assertContains(page.raw().headers().firstValue("Content-Type").orElse(""), "text/html");
        assertContains(page.body(), "<h1>Order confirmation " + number + "</h1>");
        assertContains(page.body(), "2500.00 CNY");
        Http.Reply anything = http.get(ORDERS + "/" + number + "/confirmation", "*/*", "bob", pw("bob"));
        assertEquals("a client such as curl that accepts anything gets JSON", "2500.00",
                anything.json().at("/total/amount").asText());

        JsonNode audit = http.get("/platform/audit?subject=" + number, "carol", pw("carol")).json();
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asText() + ":" + e.get("actor").asText() + ":" + e.get("role").asText()));
        // the warehouse may already have reserved the stock: its status change follows, by the system
        assertEquals(List.of("ORDER_RECEIVED:ann:sales-rep", "ORDER_STEP_APPROVED:sam:sales-assistant",
                "ORDER_STEP_APPROVED:mia:sales-manager", "ORDER_CONFIRMED:mia:sales-manager"), actions.subList(0, 4));
        assertTrue(actions.toString(), actions.subList(4, actions.size()).stream()
                .allMatch(a -> a.equals("ORDER_STATUS_AWAITING_SHIPMENT:system:null")));
        await().atMost(Duration.ofSeconds(30)).until(() -> salesEvents(number).size() == 4);
        assertEquals(List.of(OrderReceived.TYPE, ReviewDecided.TYPE, ReviewDecided.TYPE,
                OrderConfirmed.TYPE), salesEvents(number));
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = ? AND PAYLOAD LIKE '%\"region\":\"SOUTH\"%'", number, OrderConfirmed.TYPE));
    }

    @Test
    public void nobodyDecidesOnAnOrderTheyEntered() {
        JsonNode order = orders.create("sam", Orders.ledLamps("PO-SELF"));
        Http.Reply self = orders.decide("sam", order.get("number").asText(), "APPROVE", "sales-assistant", null);
        assertEquals(403, self.status());
        assertContains(self.json().get("message").asText(), "someone else must decide");
        assertEquals(200, orders.decide("sue", order.get("number").asText(), "APPROVE", "sales-assistant", null).status());
    }

    /**
     * Hostile test finding: one person holding two roles signed both steps of an order's review. Four eyes now, as for
     * transfers: tess (assistant and manager) checks the order, and someone else must review it.
     */
    @Test
    public void onePersonDecidesOnlyOneStepOfAnOrdersReview() {
        String number = orders.create("ann", Orders.ledLamps("PO-FOUR-EYES")).get("number").asText();
        orders.approve("tess", number, "sales-assistant");
        Http.Reply second = orders.decide("tess", number, "APPROVE", "sales-manager", null);
        assertEquals(second.body(), 403, second.status());
        assertContains(second.body(), "tess decided step 1 (initial-check) of this order already");
        assertEquals("PENDING_CONFIRMATION", orders.get(number).get("status").asText());
        assertEquals("CONFIRMED", orders.approve("mia", number, "sales-manager").get("status").asText());
    }

    @Test
    public void aRejectionNeedsAReasonAndEndsTheReview() throws Exception {
        String number = orders.create("ann", Orders.ledLamps("PO-REJECT")).get("number").asText();
        Http.Reply noReason = orders.decide("sam", number, "REJECT", "sales-assistant", null);
        assertEquals(400, noReason.status());
        assertEquals("remark", noReason.json().at("/problems/0/field").asText());
        Http.Reply rejected = orders.decide("sam", number, "REJECT", "sales-assistant", "specification unclear");
        assertEquals(200, rejected.status());
        assertEquals("REJECTED", rejected.json().get("status").asText());
        assertEquals("specification unclear", rejected.json().get("statusReason").asText());
        Http.Reply after = orders.decide("mia", number, "APPROVE", "sales-manager", null);
        assertEquals(409, after.status());
        assertContains(after.json().get("message").asText(), "is not under review");
        await().atMost(Duration.ofSeconds(30)).until(() -> orders.timelineTypes(number).contains(OrderRejected.TYPE));
        assertEquals(409, http.get(ORDERS + "/" + number + "/confirmation", "bob", pw("bob")).status());
    }

    @Test
    public void theManagersApprovalIsRefusedOverTheCreditLimitNamingTheExcess() {
        String customer = "{\"id\":\"CUST-T\",\"name\":\"Tight Credit Ltd\",\"region\":\"EAST\",\"creditLimit\":{\"amount\":\"4000.00\","
                + "\"currency\":\"CNY\"},\"paymentTerms\":\"NET30\"}";
        assertEquals(201, http.post("/master-data/customers", customer, "mia", pw("mia")).status());
        String first = orders.create("ann", Orders.order("CUST-T", "PO-T-1", "LED-LAMP", 100, "25.00")).get("number").asText();
        orders.approve("sam", first, "sales-assistant");
        assertEquals("CONFIRMED", orders.approve("mia", first, "sales-manager").get("status").asText());

        String second = orders.create("ann", Orders.order("CUST-T", "PO-T-2", "LED-LAMP", 100, "25.00")).get("number").asText();
        orders.approve("sam", second, "sales-assistant");
        Http.Reply refused = orders.decide("mia", second, "APPROVE", "sales-manager", null);
        assertEquals(409, refused.status());
        assertContains(refused.json().get("message").asText(), "credit limit exceeded by 1000.00 CNY");
        assertEquals("PENDING_CONFIRMATION", http.get(ORDERS + "/" + second, "bob", pw("bob")).json().get("status").asText());

        assertEquals(200, orders.post("mia", first, "hold", Map.of("reason", "address check")).status());
        assertEquals("a confirmed order on hold still counts against the limit", 409,
                orders.decide("mia", second, "APPROVE", "sales-manager", null).status());

        Map<String, Object> prepaid = Orders.order("CUST-T", "PO-T-3", "LED-LAMP", 100, "25.00");
        prepaid.put("paymentTerms", "PREPAY_100");
        String third = orders.create("ann", prepaid).get("number").asText();
        orders.approve("sam", third, "sales-assistant");
        assertEquals("fully prepaid orders pass", "CONFIRMED", orders.approve("mia", third, "sales-manager").get("status").asText());
    }

    @Test
    public void theCreditLimitIsCheckedAgainWhenAnOrderIsFinallyConfirmed() {
        String customer = "{\"id\":\"CUST-U\",\"name\":\"Slow Joint Review Ltd\",\"region\":\"EAST\",\"creditLimit\":"
                + "{\"amount\":\"4000.00\",\"currency\":\"CNY\"},\"paymentTerms\":\"NET30\"}";
        assertEquals(201, http.post("/master-data/customers", customer, "mia", pw("mia")).status());
        Map<String, Object> withInstallation = Orders.order("CUST-U", "PO-U-1", "LED-LAMP", 100, "25.00");
        withInstallation.put("installation", true);
        String joint = orders.create("ann", withInstallation).get("number").asText();
        orders.approve("sam", joint, "sales-assistant");
        orders.approve("mia", joint, "sales-manager");

        String plain = orders.create("ann", Orders.order("CUST-U", "PO-U-2", "LED-LAMP", 100, "25.00")).get("number").asText();
        orders.approve("sam", plain, "sales-assistant");
        assertEquals("CONFIRMED", orders.approve("mia", plain, "sales-manager").get("status").asText());

        orders.approve("pete", joint, "production-planner");
        Http.Reply last = orders.decide("fred", joint, "APPROVE", "finance", null);
        assertEquals("the other order took the room the manager saw", 409, last.status());
        assertContains(last.json().get("message").asText(), "credit limit exceeded by 1000.00 CNY");
        assertEquals("PENDING_CONFIRMATION", orders.get(joint).get("status").asText());
    }

    @Test
    public void aDecisionInARoleTheCallerDoesNotHoldIsRefusedBeforeAnythingElse() {
        String number = orders.create("ann", Orders.ledLamps("PO-NOT-MINE")).get("number").asText();
        assertEquals("not due, but bob is no manager", 403,
                orders.decide("bob", number, "APPROVE", "sales-manager", null).status());
        assertEquals(200, orders.decide("sam", number, "REJECT", "sales-assistant", "duplicate").status());
        assertEquals("rejected, but bob is no assistant", 403,
                orders.decide("bob", number, "APPROVE", "sales-assistant", null).status());
    }

    @Test
    public void workedExampleC_specialTermsGoToTheJointReviewOfFinanceAndThePlannerInAnyOrder() {
        Map<String, Object> order = Orders.order("CUST-C", "PO-C-500", "SMART-LAMP", 500, "180.00");
        order.put("installation", true);
        JsonNode created = orders.create("ann", order);
        String number = created.get("number").asText();
        assertEquals(List.of("sales-assistant", "sales-manager", "finance", "production-planner"), roles(created));
        orders.approve("sam", number, "sales-assistant");
        JsonNode managed = orders.approve("mia", number, "sales-manager");
        assertEquals(List.of("finance", "production-planner"), due(managed));
        orders.approve("pete", number, "production-planner");
        assertEquals("CONFIRMED", orders.approve("fred", number, "finance").get("status").asText());
    }

    @Test
    public void workedExampleD_aCustomOrderNeedsThePlannerAndItsPrepaymentBeforeProduction() {
        Map<String, Object> order = Orders.order("CUST-D", "PO-D-2700K", "CRYSTAL-LAMP", 10, "2400.00");
        order.put("custom", true); // on CUST-D's standard terms, PREPAY_30
        JsonNode created = orders.create("ann", order);
        String number = created.get("number").asText();
        assertEquals(List.of("sales-assistant", "production-planner", "sales-manager"), roles(created));
        orders.approve("sam", number, "sales-assistant");
        orders.approve("pete", number, "production-planner");
        assertEquals("CONFIRMED", orders.approve("mia", number, "sales-manager").get("status").asText());

        // finance keeps the money: 30 % of 24,000 due before production, counted once another finance user verified it
        Payments payments = new Payments(http);
        JsonNode before = payments.settlement(number);
        assertEquals(0, new BigDecimal("7200.00").compareTo(new BigDecimal(before.get("prepaymentDue").asText())));
        assertEquals(false, before.get("prepaid").asBoolean());
        assertEquals("sales records no prepayment any more", 404, http.post(ORDERS + "/" + number + "/prepayments",
                "{}", "fred", pw("fred")).status());
        payments.verified("CUST-D", "7200.00", number, "7200.00");
        assertEquals(true, payments.settlement(number).get("prepaid").asBoolean());
    }

    @Test
    public void aPriceOffTheListNeedsVpMarketingThenCfoThenPresident() {
        String number = orders.create("ann", Orders.order("CUST-E", "PO-E-DISCOUNT", "LED-LAMP", 100, "22.00")).get("number").asText();
        Http.Reply silent = orders.decide("sam", number, "APPROVE", "sales-assistant", null);
        assertEquals("the initial check says how it resolved the intake flags", 400, silent.status());
        assertEquals("remark", silent.json().at("/problems/0/field").asText());
        assertContains(silent.json().at("/problems/0/problem").asText(), "PRICE_DEVIATES_FROM_LIST");
        assertEquals(200, orders.decide("sam", number, "APPROVE", "sales-assistant", "volume discount agreed").status());
        orders.approve("mia", number, "sales-manager");
        assertEquals(409, orders.decide("cora", number, "APPROVE", "cfo", null).status());
        orders.approve("vic", number, "vp-marketing");
        orders.approve("cora", number, "cfo");
        assertEquals("CONFIRMED", orders.approve("paul", number, "president").get("status").asText());
    }

    @Test
    public void aStockUpOrderNeedsVpMarketingFinanceAndPresident() {
        Map<String, Object> order = Orders.order("CUST-A", "PO-STOCK-1", "LED-PANEL", 1000, "95.00");
        order.put("type", "STOCK_UP");
        JsonNode created = orders.create("ann", order);
        assertEquals(List.of("vp-marketing", "finance", "president"), roles(created));
    }

    @Test
    public void holdReleaseAndCancellationFollowTheStateMachine() {
        String number = orders.create("ann", Orders.ledLamps("PO-LIFECYCLE")).get("number").asText();
        assertEquals(403, http.post(ORDERS + "/" + number + "/hold", "{\"reason\":\"x\"}", "ann", pw("ann")).status());
        assertEquals(400, http.post(ORDERS + "/" + number + "/hold", "{}", "mia", pw("mia")).status());
        JsonNode held = http.post(ORDERS + "/" + number + "/hold", "{\"reason\":\"customer checks the drawing\"}", "mia",
                pw("mia")).json();
        assertEquals("ON_HOLD", held.get("status").asText());
        assertEquals("customer checks the drawing", held.get("statusReason").asText());
        assertEquals(409, orders.decide("sam", number, "APPROVE", "sales-assistant", null).status());
        assertEquals(409, http.post(ORDERS + "/" + number + "/hold", "{\"reason\":\"again\"}", "mia", pw("mia")).status());
        assertEquals("PENDING_CONFIRMATION", http.post(ORDERS + "/" + number + "/release", "", "mia", pw("mia")).json()
                .get("status").asText());

        JsonNode cancelled = http.post(ORDERS + "/" + number + "/cancel", "{\"reason\":\"customer withdrew\"}", "mia",
                pw("mia")).json();
        assertEquals("CANCELLED", cancelled.get("status").asText());
        Http.Reply again = http.post(ORDERS + "/" + number + "/cancel", "{\"reason\":\"twice\"}", "mia", pw("mia"));
        assertEquals(409, again.status());
        assertContains(again.json().get("message").asText(), "cannot cancel an order that is CANCELLED; allowed now: nothing");
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = ?", number, OrderCancelled.TYPE));
    }

    @Test
    public void theApprovalMatrixIsDataChangeableAtRunTime() throws Exception {
        JsonNode matrix = http.get("/sales-order/approval-matrix", "bob", pw("bob")).json();
        assertEquals(6, matrix.size());
        assertContains(shell().run("bob", pw("bob"), "sales-order:approval-matrix"), "finance > production-planner");

        String pid = "orderflow.sales-order.approval-rule~joint-review";
        try {
            orders.configure(pid, Map.of("amountAbove", "1000"));
            await().atMost(Duration.ofSeconds(30)).until(() -> roles(orders.create("ann",
                    Orders.ledLamps("PO-MATRIX-" + System.nanoTime()))).contains("finance"));
        } finally {
            orders.configure(pid, Map.of("amountAbove", "500000"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !roles(orders.create("ann",
                Orders.ledLamps("PO-MATRIX-" + System.nanoTime()))).contains("finance"));
    }

    @Test
    public void updatingTheSalesBundleInTheMiddleOfAReviewLosesNothing() throws Exception {
        String number = orders.create("ann", Orders.ledLamps("PO-MID-REVIEW")).get("number").asText();
        orders.approve("sam", number, "sales-assistant");
        Bundle sales = null;
        for (Bundle b : context.getBundles()) {
            if ("io.orderflow.salesorder.impl".equals(b.getSymbolicName())) {
                sales = b;
            }
        }
        try (InputStream jar = new URL(sales.getLocation()).openStream()) {
            sales.update(jar);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> http.get("/platform/health", null, null).status() == 200
                && http.get(ORDERS + "/" + number, "bob", pw("bob")).status() == 200);
        JsonNode after = http.get(ORDERS + "/" + number, "bob", pw("bob")).json();
        assertEquals("APPROVED", after.at("/review/0/status").asText());
        assertEquals(List.of("sales-manager"), due(after));
        assertEquals("CONFIRMED", orders.approve("mia", number, "sales-manager").get("status").asText());
        assertTrue(orders.timelineTypes(number).contains(OrderReceived.TYPE));
    }
}
