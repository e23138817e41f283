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
 * Finance in the distribution (issue 19, under way): an order sales confirms becomes one finance follows, with its
 * prepayment due; a payment recorded by one finance user counts only once another verified it; a payment with bad
 * fields is refused field by field and nothing is kept; the shell shows where the order's money stands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FinanceTests extends SalesOrderFlowTest {

    private static final String FINANCE = "/finance";
    private static final Duration SETTLED = Duration.ofSeconds(30);

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
