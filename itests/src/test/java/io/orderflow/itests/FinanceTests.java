package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Finance in the distribution (issue 19): an order sales confirms becomes one finance follows, with its prepayment
 * due; a payment recorded by one finance user counts only once another verified it; a payment with bad fields is
 * refused field by field and nothing is kept; the shell shows where the order's money stands. Finance releases
 * shipments: a prepaid order once verified money covers it, an order on credit within its customer's limit (and not
 * after a bounced payment took it over), an order with the approved ship-before-payment exception at once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FinanceTests extends SalesOrderFlowTest {

    private static final String FINANCE = "/finance";
    private static final Duration SETTLED = Duration.ofSeconds(30);

    private final Payments payments = new Payments(http);
    private final Shipping shipping = new Shipping(http, orders, new WarehouseApi(http));

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    @Test
    public void aPrepaymentRecordedByOneFinanceUserCountsOnceAnotherVerifiesIt() throws Exception {
        Map<String, Object> draft = Orders.ledLamps("PO-FIN-1");
        draft.put("paymentTerms", "PREPAY_30");
        String number = orders.create("ann", draft).get("number").asText();
        orders.confirmPlain(number);
        String settlement = FINANCE + "/orders/" + number + "/settlement";
        await("finance follows the confirmed order").atMost(SETTLED)
                .until(() -> http.get(settlement, "fred", pw("fred")).status() == 200);
        Http.Reply before = http.get(settlement, "ann", pw("ann"));
        BigDecimal total = new BigDecimal(before.json().get("total").asText());
        BigDecimal due = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
        assertAmount(before, "prepaymentDue", due);
        assertEquals(false, before.json().get("prepaid").asBoolean());

        Http.Reply bad = http.post(FINANCE + "/payments", Http.json(Map.of("customerId", "CUST-A", "amount", "10.001",
                "currency", "CNY", "method", "CASH", "receivedOn", LocalDate.now().plusDays(2).toString())), "fred",
                pw("fred"));
        assertEquals(bad.body(), 400, bad.status());
        assertEquals(List.of("amount", "receivedOn"), fields(bad.json()));
        assertEquals("a sales rep records no payment", 403, http.post(FINANCE + "/payments", Http.json(Map.of()),
                "ann", pw("ann")).status());

        Http.Reply recorded = http.post(FINANCE + "/payments", Http.json(Map.of("customerId", "CUST-A",
                "amount", due.add(new BigDecimal("100")).toPlainString(), "currency", "CNY", "method", "BANK_TRANSFER",
                "reference", "TT-20261203-1", "receivedOn", LocalDate.now().minusDays(1).toString(),
                "allocations", List.of(Map.of("document", number, "amount", due.toPlainString())))), "fred",
                pw("fred"));
        assertEquals(recorded.body(), 201, recorded.status());
        String payment = recorded.json().get("id").asText();
        assertTrue(payment, payment.matches("PAY-\\d{4}-\\d{6}"));
        assertAmount(recorded, "onAccount", new BigDecimal("100.00"));
        assertAmount(http.get(settlement, "fred", pw("fred")), "paid", new BigDecimal("0.00"));

        String verification = FINANCE + "/payments/" + payment + "/verification";
        Http.Reply own = http.post(verification, "", "fred", pw("fred"));
        assertEquals(own.body(), 403, own.status());
        Http.Reply verified = http.post(verification, "", "fiona", pw("fiona"));
        assertEquals(verified.body(), 200, verified.status());
        assertEquals("VERIFIED", verified.json().get("status").asText());
        Http.Reply after = http.get(settlement, "fred", pw("fred"));
        assertAmount(after, "paid", due);
        assertEquals(true, after.json().get("prepaid").asBoolean());
        assertEquals(409, http.post(verification, "", "fiona", pw("fiona")).status());

        String shown = shell().run("fred", pw("fred"), "finance:settlement " + number);
        assertTrue(shown, shown.contains("(prepaid)") && shown.contains("paid " + due.toPlainString()));
        String listed = shell().run("fred", pw("fred"), "finance:payments CUST-A");
        assertTrue(listed, listed.contains(payment + "  VERIFIED") && listed.contains("verified by fiona"));
    }

    @Test
    public void aShipmentOfACustomerInvoicedOnShipmentIsInvoicedAtTheOrdersPricesDueAfterItsCreditDays()
            throws Exception {
        Shipping shipping = new Shipping(http, orders, new WarehouseApi(http));
        String number = shipping.awaitingShipment("CUST-A", "PO-FIN-INV", "WH-SOUTH", 4, "25.00", false);
        String shipment = shipping.create(number, List.of(Shipping.line(1, 4)), null, Map.of("terms", "COMPANY"))
                .get("id").asText();
        JsonNode dispatched = shipping.dispatched(shipment, List.of(Shipping.parcel("SF-EXPRESS", "SF-FIN-INV")));
        String list = FINANCE + "/invoices?order=" + number;
        await("the shipment invoiced").atMost(SETTLED)
                .until(() -> http.get(list, "fred", pw("fred")).json().size() == 1);
        JsonNode invoice = http.get(list, "ann", pw("ann")).json().get(0);
        assertTrue(invoice.toString(), invoice.get("number").asText().matches("INV-\\d{4}-\\d{6}"));
        assertEquals(shipment, invoice.get("shipment").asText());
        assertEquals("100.00", new BigDecimal(invoice.get("total").asText()).setScale(2).toPlainString());
        assertEquals("NET30: due 30 days after dispatch", LocalDate.parse(dispatched.get("dispatchedOn").asText())
                .plusDays(30).toString(), invoice.get("dueOn").asText());
        String one = FINANCE + "/invoices/" + invoice.get("number").asText();
        assertEquals(invoice, http.get(one, "fred", pw("fred")).json());
        Http.Reply page = http.get(one, "text/html", "fred", pw("fred"));
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("<h1>Invoice " + invoice.get("number").asText() + "</h1>")
                && page.body().contains("<b>100.00 CNY</b>") && page.body().contains("PO-FIN-INV"));
        assertEquals(404, http.get(FINANCE + "/invoices/INV-1999-000001", "fred", pw("fred")).status());

        // receivables: not yet due today; 31 days past its due date it is in the 31-60 bucket and overdue
        String invoiceNumber = invoice.get("number").asText();
        LocalDate due = LocalDate.parse(invoice.get("dueOn").asText());
        assertEquals("not yet due", openInvoice(http.get(FINANCE + "/receivables/aging", "cora", pw("cora")).json(),
                invoiceNumber).get("bucket").asText());
        String later = "?asOf=" + due.plusDays(31);
        assertEquals("31–60", openInvoice(http.get(FINANCE + "/receivables/aging" + later, "fred", pw("fred"))
                .json(), invoiceNumber).get("bucket").asText());
        JsonNode overdue = http.get(FINANCE + "/receivables/overdue" + later, "fred", pw("fred")).json();
        List<String> overdueNumbers = new ArrayList<>();
        overdue.forEach(o -> overdueNumbers.add(o.get("invoice").get("number").asText()));
        assertTrue(overdue.toString(), overdueNumbers.contains(invoiceNumber));
        assertEquals(400, http.get(FINANCE + "/receivables/aging?asOf=tomorrow", "fred", pw("fred")).status());
        assertEquals("receivables are finance's", 403, http.get(FINANCE + "/receivables/aging", "ann", pw("ann"))
                .status());
        String shown = shell().run("fred", pw("fred"), "finance:ageing " + due.plusDays(31));
        assertTrue(shown, shown.contains(invoiceNumber + "  CUST-A  order " + number));
    }

    @Test
    public void aPrepay30OrderShipsOnlyOncePaidInFullWithPaymentsSpreadOverTwoOrders() {
        // CUST-D pays 30 % before production and the rest before shipment (PREPAY_30); two orders of 250.00 each
        String first = shipping.awaitingShipment("CUST-D", "PO-FIN-P30-1", "WH-NORTH", 10, "25.00", false);
        String second = shipping.awaitingShipment("CUST-D", "PO-FIN-P30-2", "WH-NORTH", 10, "25.00", false);
        String both = payments.verified("CUST-D", "200.00", first, "75.00", second, "75.00");
        assertEquals(true, payments.settlement(first).get("prepaid").asBoolean());

        Http.Reply held = http.post(Shipping.PREFIX + "/shipments", Http.json(Shipping.draft(first,
                List.of(Shipping.line(1, 10)), null, Map.of("terms", "COMPANY"))), "lena", pw("lena"));
        assertEquals(held.body(), 409, held.status());
        assertTrue(held.body(), held.body().contains("(PAYMENT_OUTSTANDING): 75.00 CNY of 250.00 CNY verified:"
                + " 175.00 CNY still to be paid before " + first + " ships (PREPAY_30)"));

        String rest = payments.verified("CUST-D", "300.00", first, "175.00", second, "125.00");
        Http.Reply onAccount = http.post(FINANCE + "/payments/" + both + "/allocations", Http.json(Map.of(
                "allocations", List.of(Map.of("document", second, "amount", "50.00")))), "fred", pw("fred"));
        assertEquals("the 50.00 left on account goes to the second order", 200, onAccount.status());
        assertAmount(http.get(FINANCE + "/orders/" + second + "/settlement", "fred", pw("fred")), "paid",
                new BigDecimal("250.00"));

        JsonNode shipped = shipping.create(first, List.of(Shipping.line(1, 10)), null, Map.of("terms", "COMPANY"));
        assertEquals("PAYMENT_VERIFIED", shipped.get("releaseRule").asText());
        assertEquals("PAYMENT_VERIFIED", shipping.create(second, List.of(Shipping.line(1, 10)), null,
                Map.of("terms", "COMPANY")).get("releaseRule").asText());
        Db db = new Db(dataSource);
        assertEquals("the release names the payments that allowed it", both + ", " + rest, db.text("SELECT REASON"
                + " FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'SHIPMENT_CREATED' AND SUBJECT = ?",
                shipped.get("id").asText()).replaceAll("(?s).*by payment\\(s\\) ", ""));
    }

    @Test
    public void anOrderOnCreditShipsWithinItsLimitAndNotOnceABouncedPaymentTookTheCustomerOver() throws Exception {
        String customer = "{\"id\":\"CUST-FIN-LIM\",\"name\":\"Limited Credit Ltd\",\"region\":\"SOUTH\","
                + "\"creditLimit\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"},\"paymentTerms\":\"NET30\"}";
        assertEquals(201, http.post("/master-data/customers", customer, "mia", pw("mia")).status());
        String first = shipping.awaitingShipment("CUST-FIN-LIM", "PO-FIN-LIM-1", "WH-SOUTH", 30, "25.00", false);
        String paid = payments.verified("CUST-FIN-LIM", "750.00", first, "750.00");
        String second = shipping.awaitingShipment("CUST-FIN-LIM", "PO-FIN-LIM-2", "WH-SOUTH", 30, "25.00", false);
        payments.settlement(second);

        String reversed = shell().run("fiona", pw("fiona"), "finance:reverse " + paid
                + " returned by the bank: account closed");
        assertTrue(reversed, reversed.contains(paid + "  REVERSED"));
        Http.Reply over = http.post(Shipping.PREFIX + "/shipments", Http.json(Shipping.draft(second,
                List.of(Shipping.line(1, 30)), null, Map.of("terms", "COMPANY"))), "lena", pw("lena"));
        assertEquals(over.body(), 409, over.status());
        assertTrue(over.body(), over.body().contains("(CREDIT_LIMIT_EXCEEDED): open receivables 1500.00 CNY against"
                + " a limit of 1000.00 CNY") && over.body().contains("over by 500.00 CNY"));

        // Karaf reads options before the arguments
        String recorded = shell().run("fred", pw("fred"), "finance:record-payment --reference TT-LIM-2 --allocate "
                + first + "=500.00 CUST-FIN-LIM 500.00 CNY BANK_TRANSFER " + LocalDate.now().minusDays(1));
        String again = recorded.substring(recorded.indexOf("PAY-"), recorded.indexOf("PAY-") + 15);
        assertTrue(recorded, recorded.contains("RECORDED"));
        assertTrue(shell().run("fiona", pw("fiona"), "finance:verify " + again).contains("VERIFIED"));
        JsonNode within = shipping.create(second, List.of(Shipping.line(1, 30)), null, Map.of("terms", "COMPANY"));
        assertEquals("CREDIT_WITHIN_LIMIT", within.get("releaseRule").asText());
        assertTrue(new Db(dataSource).text("SELECT REASON FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'SHIPMENT_CREATED'"
                + " AND SUBJECT = ?", within.get("id").asText()).endsWith("headroom 0.00 CNY"));
    }

    @Test
    public void theApprovedShipBeforePaymentExceptionShipsAnUnpaidOrder() {
        // CUST-F pays before shipment; this once, the customer asked to ship first and the president approved
        Http.Reply received = new WarehouseApi(http).move("bob", Map.of("type", "RECEIPT", "warehouse", "WH-SOUTH",
                "product", "LED-LAMP", "quantity", 8, "reference", "RCV-PO-FIN-SBP"));
        assertEquals(received.body(), 201, received.status());
        Map<String, Object> draft = Orders.order("CUST-F", "PO-FIN-SBP", "LED-LAMP", 8, "25.00");
        draft.put("shipBeforePayment", true);
        String number = orders.create("ann", draft).get("number").asText();
        assertEquals(200, orders.decide("sam", number, "APPROVE", "sales-assistant", "customer asked to ship first")
                .status());
        orders.approve("mia", number, "sales-manager");
        orders.approve("vic", number, "vp-marketing");
        orders.approve("cora", number, "cfo");
        assertEquals("CONFIRMED", orders.approve("paul", number, "president").get("status").asText());
        shipping.awaitStatus(number, "AWAITING_SHIPMENT");

        JsonNode shipment = shipping.create(number, List.of(Shipping.line(1, 8)), null, Map.of("terms", "COMPANY"));
        assertEquals("SHIP_BEFORE_PAYMENT", shipment.get("releaseRule").asText());
        assertEquals("nothing was paid", 0, new BigDecimal(payments.settlement(number).get("paid").asText())
                .signum());
    }

    @Test
    public void aCreditNoteReversesTwoInvoiceLinesAndARefundPaysItBackOnTheCustomersStatement() throws Exception {
        WarehouseApi stock = new WarehouseApi(http);
        for (String product : List.of("LED-LAMP", "DESK-LAMP")) {
            assertEquals(201, stock.move("bob", Map.of("type", "RECEIPT", "warehouse", "WH-SOUTH", "product", product,
                    "quantity", 10, "reference", "RCV-PO-FIN-CN")).status());
        }
        Map<String, Object> draft = Orders.order("CUST-A", "PO-FIN-CN", "LED-LAMP", 10, "25.00");
        draft.put("lines", List.of(orderLine("LED-LAMP", 10, "25.00"), orderLine("DESK-LAMP", 5, "60.00")));
        String number = orders.create("ann", draft).get("number").asText();
        orders.confirmPlain(number);
        shipping.awaitStatus(number, "AWAITING_SHIPMENT");
        String shipment = shipping.create(number, List.of(Shipping.line(1, 10), Shipping.line(2, 5)), null,
                Map.of("terms", "COMPANY")).get("id").asText();
        shipping.dispatched(shipment, List.of(Shipping.parcel("SF-EXPRESS", "SF-FIN-CN")));
        String invoice = awaitInvoices(number, 1).get(0).get("number").asText();
        String payment = payments.verified("CUST-A", "550.00", invoice, "550.00");

        Map<String, Object> reversal = Map.of("invoice", invoice, "lines", List.of(Map.of("lineNo", 1, "quantity", 2),
                Map.of("lineNo", 2, "quantity", 1)), "reason", "two lamps and a desk lamp arrived broken");
        assertEquals(403, http.post(FINANCE + "/credit-notes", Http.json(reversal), "ann", pw("ann")).status());
        Http.Reply issued = http.post(FINANCE + "/credit-notes", Http.json(reversal), "fred", pw("fred"));
        assertEquals(issued.body(), 201, issued.status());
        String creditNote = issued.json().get("number").asText();
        assertTrue(creditNote, creditNote.matches("CN-\\d{4}-\\d{6}"));
        assertAmount(issued, "total", new BigDecimal("110.00"));
        Http.Reply tooMuch = http.post(FINANCE + "/credit-notes", Http.json(Map.of("invoice", invoice, "lines",
                List.of(Map.of("lineNo", 1, "quantity", 9)), "reason", "more broken")), "fred", pw("fred"));
        assertEquals("8 of line 1 are left to reverse", 400, tooMuch.status());

        Http.Reply refund = http.post(FINANCE + "/refunds", Http.json(Map.of("customerId", "CUST-A", "creditNote",
                creditNote, "amount", "110.00", "currency", "CNY", "method", "BANK_TRANSFER", "reference", "RF-CN-1",
                "paidOn", LocalDate.now().minusDays(1).toString())), "fred", pw("fred"));
        assertEquals(refund.body(), 201, refund.status());
        String refunded = refund.json().get("id").asText();
        assertTrue(refunded, refunded.matches("REF-\\d{4}-\\d{6}"));
        String verification = FINANCE + "/refunds/" + refunded + "/verification";
        assertEquals("another finance user verifies it", 403, http.post(verification, "", "fred", pw("fred"))
                .status());
        assertEquals(200, http.post(verification, "", "fiona", pw("fiona")).status());

        Http.Reply settled = http.get(FINANCE + "/orders/" + number + "/settlement", "fred", pw("fred"));
        assertAmount(settled, "invoiced", new BigDecimal("440.00"));
        assertAmount(settled, "paid", new BigDecimal("550.00"));
        JsonNode statement = http.get(FINANCE + "/customers/CUST-A/statement?from=" + LocalDate.now().minusDays(2),
                "cora", pw("cora")).json();
        Map<String, String> kinds = new java.util.HashMap<>();
        JsonNode account = statement.get("accounts").get(0);
        BigDecimal running = new BigDecimal(account.get("opening").asText());
        for (JsonNode entry : account.get("entries")) {
            kinds.put(entry.get("document").asText(), entry.get("kind").asText() + " " + new BigDecimal(entry
                    .get("amount").asText()).setScale(2).toPlainString());
            running = running.add(new BigDecimal(entry.get("amount").asText()));
        }
        assertEquals("INVOICE 550.00", kinds.get(invoice));
        assertEquals("PAYMENT -550.00", kinds.get(payment));
        assertEquals("CREDIT_NOTE -110.00", kinds.get(creditNote));
        assertEquals("REFUND 110.00", kinds.get(refunded));
        assertEquals("opening plus every document is the closing balance", 0, running.compareTo(new BigDecimal(
                account.get("closing").asText())));

        String invoices = shell().run("ann", pw("ann"), "finance:invoices " + number);
        assertTrue(invoices, invoices.contains(invoice) && invoices.contains("total 550.00 CNY"));
        assertTrue(shell().run("fred", pw("fred"), "finance:invoice " + invoice).contains("DESK-LAMP"));
        String refunds = shell().run("cora", pw("cora"), "finance:refunds CUST-A");
        assertTrue(refunds, refunds.contains(refunded) && refunds.contains("credit note " + creditNote));
        try {
            shell().run("fred", pw("fred"), "finance:record-payment CUST-A 12,50 CNY CASH yesterday");
            throw new AssertionError("an unreadable amount and date are refused");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("amount")
                    && refused.getMessage().contains("receivedOn"));
        }
    }

    @Test
    public void aCustomerInvoicedOnSignOffIsInvoicedWhenItSignsNotWhenTheGoodsLeave() {
        String customer = "{\"id\":\"CUST-FIN-SIGN\",\"name\":\"Signs First Ltd\",\"region\":\"SOUTH\","
                + "\"creditLimit\":{\"amount\":\"100000.00\",\"currency\":\"CNY\"},\"paymentTerms\":\"NET30\","
                + "\"invoiceTrigger\":\"ON_SIGN_OFF\"}";
        Http.Reply created = http.post("/master-data/customers", customer, "mia", pw("mia"));
        assertEquals(created.body(), 201, created.status());
        String number = shipping.awaitingShipment("CUST-FIN-SIGN", "PO-FIN-SIGN", "WH-SOUTH", 4, "25.00", false);
        String shipment = shipping.create(number, List.of(Shipping.line(1, 4)), null, Map.of("terms", "COMPANY"))
                .get("id").asText();
        shipping.dispatched(shipment, List.of(Shipping.parcel("SF-EXPRESS", "SF-FIN-SIGN")));
        Db db = new Db(dataSource);
        await("finance saw the dispatch").atMost(SETTLED).until(() -> db.count("SELECT COUNT(*) FROM"
                + " PLATFORM.EVENT_DELIVERY d JOIN PLATFORM.OUTBOX_EVENT e ON e.SEQ = d.EVENT_SEQ WHERE d.SUBSCRIBER ="
                + " 'finance.invoicing' AND e.AGGREGATE_ID = ? AND e.EVENT_TYPE = 'logistics/DISPATCHED' AND"
                + " d.DELIVERED_AT IS NOT NULL", number) == 1);
        assertEquals("nothing invoiced at dispatch", 0, http.get(FINANCE + "/invoices?order=" + number, "fred",
                pw("fred")).json().size());

        shipping.signedOff("lena", shipment, "Li Na", "CUSTOMER_WORD");
        JsonNode invoice = awaitInvoices(number, 1).get(0);
        assertEquals(shipment, invoice.get("shipment").asText());
        assertEquals("100.00", new BigDecimal(invoice.get("total").asText()).setScale(2).toPlainString());
    }

    @Test
    public void receivablesAgedAtOneAsOfDateFillEveryBucket() {
        // six customers whose terms put their invoices, 125 days after dispatch, each in another bucket
        Map<String, String> bucketByTerms = new LinkedHashMap<>();
        bucketByTerms.put("NET0", "over 120");
        bucketByTerms.put("NET30", "91–120");
        bucketByTerms.put("NET60", "61–90");
        bucketByTerms.put("NET90", "31–60");
        bucketByTerms.put("NET100", "1–30");
        bucketByTerms.put("NET150", "not yet due");
        Map<String, String> invoiceByTerms = new LinkedHashMap<>();
        LocalDate dispatchedOn = null;
        for (String terms : bucketByTerms.keySet()) {
            String id = "CUST-AGE-" + terms;
            Http.Reply created = http.post("/master-data/customers", Http.json(Map.of("id", id, "name", "Ageing "
                    + terms, "region", "SOUTH", "creditLimit", Map.of("amount", "100000.00", "currency", "CNY"),
                    "paymentTerms", terms)), "mia", pw("mia"));
            assertEquals(created.body(), 201, created.status());
            String number = shipping.awaitingShipment(id, "PO-AGE-" + terms, "WH-SOUTH", 2, "25.00", false);
            String shipment = shipping.create(number, List.of(Shipping.line(1, 2)), null, Map.of("terms", "COMPANY"))
                    .get("id").asText();
            dispatchedOn = LocalDate.parse(shipping.dispatched(shipment, List.of(Shipping.parcel("SF-EXPRESS",
                    "SF-AGE-" + terms))).get("dispatchedOn").asText());
            invoiceByTerms.put(terms, awaitInvoices(number, 1).get(0).get("number").asText());
        }
        JsonNode ageing = http.get(FINANCE + "/receivables/aging?asOf=" + dispatchedOn.plusDays(125), "cora",
                pw("cora")).json();
        for (Map.Entry<String, String> terms : bucketByTerms.entrySet()) {
            assertEquals(terms.getKey(), terms.getValue(), openInvoice(ageing, invoiceByTerms.get(terms.getKey()))
                    .get("bucket").asText());
        }
    }

    private static Map<String, Object> orderLine(String product, int quantity, String price) {
        return Map.of("productCode", product, "specification", "standard", "quantity", quantity, "unitPrice",
                Map.of("amount", price, "currency", "CNY"));
    }

    private JsonNode awaitInvoices(String order, int count) {
        String list = FINANCE + "/invoices?order=" + order;
        await(order + " invoiced").atMost(SETTLED).until(() -> http.get(list, "fred", pw("fred")).json().size()
                == count);
        return http.get(list, "fred", pw("fred")).json();
    }

    private static JsonNode openInvoice(JsonNode ageing, String number) {
        for (JsonNode invoice : ageing.get("invoices")) {
            if (invoice.get("number").asText().equals(number)) {
                return invoice;
            }
        }
        throw new AssertionError(number + " is not open in " + ageing);
    }

    /** An amount as it travels: a JSON number written in its currency's scale ({@code 750.00}, not {@code 750.0}). */
    private static void assertAmount(Http.Reply reply, String field, BigDecimal expected) {
        assertTrue(reply.body(), reply.body().contains("\"" + field + "\":" + expected.toPlainString() + ","));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("problems").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
