package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.cxf.endpoint.Server;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * After-sales returns in the distribution (issue 21), the business's own stories (domain.md §6) through REST as each
 * role does its step: a quality problem with evidence (a form's photo, a PDF, a fake refused) authorised by the
 * marketing manager and quality, the goods back into quarantine in two receipts, inspected into mixed dispositions
 * with a clean ledger, exchanged by a replacement order that ships uninvoiced and is signed off, the customer's
 * satisfaction and the closing; a refund credited against the invoice and paid back by finance, posted to a test ERP;
 * a rejection; more than shipped refused; wrong roles refused; the product flagged in the defect statistics.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ReturnTests extends SalesOrderFlowTest {

    private static final String AFTER_SALES = "/after-sales";
    private static final Duration SETTLED = Duration.ofSeconds(30);

    @Inject
    private ConfigurationAdmin configAdmin;

    private final WarehouseApi stock = new WarehouseApi(http);
    private final Shipping shipping = new Shipping(http, orders, stock);

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    /** An order of CUST-A for {@code quantity} of {@code product}, confirmed, dispatched and signed off. */
    private String delivered(String po, String product, int quantity, String price) {
        assertEquals(201, stock.move("bob", Map.of("type", "RECEIPT", "warehouse", "WH-SOUTH", "product", product,
                "quantity", quantity + 10, "reference", "RCV-" + po)).status());
        String number = orders.create("ann", Orders.order("CUST-A", po, product, quantity, price)).get("number")
                .asText();
        orders.confirmPlain(number);
        shipping.awaitStatus(number, "AWAITING_SHIPMENT");
        String shipment = shipping.create(number, List.of(Shipping.line(1, quantity)), null,
                Map.of("terms", "COMPANY")).get("id").asText();
        shipping.dispatched(shipment, List.of(Shipping.parcel("SF-EXPRESS", "SF-" + po)));
        shipping.signedOff("lena", shipment, "Li Na", "CUSTOMER_WORD");
        return number;
    }

    /** A return of {@code quantity} of the order's line 1 requested by ann, once after-sales knows the shipment. */
    private String requested(String order, int quantity, String reason, String remedy) {
        Map<String, Object> draft = Map.of("orderNumber", order, "reason", reason, "remedy", remedy, "description",
                "the lamps flicker after an hour", "lines", List.of(Map.of("lineNo", 1, "quantity", quantity)));
        await(order + " known to after-sales").atMost(SETTLED).until(() -> http.post(AFTER_SALES + "/returns",
                Http.json(Map.of("orderNumber", order, "reason", reason, "remedy", remedy, "lines", List.of(Map.of(
                        "lineNo", 1, "quantity", 100000)))), "ann", pw("ann")).body().contains("lines[0].quantity"));
        Http.Reply created = http.post(AFTER_SALES + "/returns", Http.json(draft), "ann", pw("ann"));
        assertEquals(created.body(), 201, created.status());
        return created.json().get("number").asText();
    }

    private JsonNode step(String user, String number, String step, Map<String, Object> body) {
        Http.Reply reply = http.post(AFTER_SALES + "/returns/" + number + "/" + step, Http.json(body), user,
                pw(user));
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    private String authorised(String order, int quantity, String remedy) {
        String number = requested(order, quantity, "QUALITY_DEFECT", remedy);
        step("marta", number, "decisions", Map.of("approve", true));
        JsonNode authorised = step("quinn", number, "decisions", Map.of("approve", true, "companyQuality", true));
        assertEquals("AUTHORIZED", authorised.get("status").asText());
        return number;
    }

    private JsonNode awaitReturn(String number, String status) {
        String path = AFTER_SALES + "/returns/" + number;
        await(number + " " + status).atMost(SETTLED).until(() -> status.equals(http.get(path, "ann", pw("ann"))
                .json().get("status").asText()));
        return http.get(path, "ann", pw("ann")).json();
    }

    @Test
    public void aQualityProblemIsExchangedAndTheReplacementShipsUninvoicedToTheClosing() throws Exception {
        String order = delivered("PO-RET-X", "DESK-LAMP", 50, "60.00");
        String number = requested(order, 4, "QUALITY_DEFECT", "EXCHANGE");
        assertTrue(number, number.matches("RET-\\d{4}-\\d{6}"));
        assertEvidenceTakenAsAFormOrAFileAndSniffed(number);
        assertEquals("a sales rep does not review", 403, http.post(AFTER_SALES + "/returns/" + number + "/decisions",
                Http.json(Map.of("approve", true)), "ann", pw("ann")).status());
        step("quinn", number, "decisions", Map.of("approve", true, "companyQuality", true));
        JsonNode authorised = step("marta", number, "decisions", Map.of("approve", true));
        String rma = authorised.get("rma").asText();
        assertTrue(authorised.toString(), rma.matches("RMA-\\d{4}-\\d{6}")
                && authorised.get("notice").asText().contains(rma));

        long quarantineBefore = stock.stockOf("DESK-LAMP", "WH-SOUTH").get("quarantine").asLong();
        long availableBefore = stock.stockOf("DESK-LAMP", "WH-SOUTH").get("available").asLong();
        step("bob", number, "receipts", Map.of("warehouse", "WH-SOUTH", "lines", List.of(Map.of("lineNo", 1,
                "quantity", 3))));
        assertEquals("RECEIVED", step("bob", number, "receipts", Map.of("warehouse", "WH-SOUTH", "lines",
                List.of(Map.of("lineNo", 1, "quantity", 1)))).get("status").asText());
        assertEquals(quarantineBefore + 4, stock.stockOf("DESK-LAMP", "WH-SOUTH").get("quarantine").asLong());
        assertEquals("quarantine is never available", availableBefore, stock.stockOf("DESK-LAMP", "WH-SOUTH")
                .get("available").asLong());

        JsonNode inspected = step("quinn", number, "inspections", Map.of("lines", List.of(
                Map.of("lineNo", 1, "quantity", 2, "cause", "COMPANY_QUALITY", "disposition", "SCRAP", "reason",
                        "driver board burnt"),
                Map.of("lineNo", 1, "quantity", 1, "cause", "COMPANY_QUALITY", "disposition", "REWORK"),
                Map.of("lineNo", 1, "quantity", 1, "cause", "NO_FAULT_FOUND", "disposition", "RESTOCK"))));
        assertEquals("INSPECTED", inspected.get("status").asText());
        assertEquals(quarantineBefore, stock.stockOf("DESK-LAMP", "WH-SOUTH").get("quarantine").asLong());
        JsonNode ledger = http.get("/warehouse/ledger-check", "bob", pw("bob")).json();
        assertEquals(ledger.toString(), 0, ledger.get("mismatches").size());
        JsonNode reworks = http.get("/production/production-orders?rework=" + number, "pete", pw("pete")).json();
        assertEquals(reworks.toString(), 1, reworks.size());

        Map<String, Object> exchange = Map.of("lines", List.of(Map.of("lineNo", 1, "remedy", "EXCHANGE",
                "quantity", 4)));
        assertEquals("the sales director approves", 403, http.post(AFTER_SALES + "/returns/" + number + "/remedies",
                Http.json(exchange), "quinn", pw("quinn")).status());
        JsonNode remedied = step("dan", number, "remedies", exchange);
        String replacement = remedied.get("replacement").asText();
        JsonNode replacementOrder = orders.get(replacement);
        assertEquals("REPLACEMENT", replacementOrder.get("type").asText());
        assertEquals(0, new BigDecimal(replacementOrder.get("total").get("amount").asText()).signum());

        shipping.awaitStatus(replacement, "AWAITING_SHIPMENT");
        String shipment = shipping.create(replacement, List.of(Shipping.line(1, 4)), null,
                Map.of("terms", "COMPANY")).get("id").asText();
        shipping.dispatched(shipment, List.of(Shipping.parcel("SF-EXPRESS", "SF-RET-X")));
        shipping.signedOff("lena", shipment, "Li Na", "CUSTOMER_WORD");
        JsonNode closed = awaitReturn(number, "CLOSED");
        assertEquals("never invoiced", 0, http.get("/finance/invoices?order=" + replacement, "fred", pw("fred"))
                .json().size());
        JsonNode satisfied = step("ann", number, "satisfaction", Map.of("score", 4, "comment", "quick exchange"));
        assertEquals(4, satisfied.get("satisfaction").get("score").asInt());
        assertEquals("CLOSED", closed.get("status").asText());

        YearMonth month = YearMonth.now();
        JsonNode defects = http.get(AFTER_SALES + "/defects?from=" + month + "&to=" + month, "quinn", pw("quinn"))
                .json();
        List<String> flagged = new ArrayList<>();
        defects.get("flagged").forEach(row -> flagged.add(row.get("productCode").asText()));
        assertTrue(defects.toString(), flagged.contains("DESK-LAMP"));
        String shown = shell().run("ann", pw("ann"), "after-sales:return " + number);
        assertTrue(shown, shown.contains(rma) && shown.contains(replacement));
    }

    /** A photo from a browser's form, a PDF as the body, a text file named as a photo refused. */
    private void assertEvidenceTakenAsAFormOrAFileAndSniffed(String number) {
        String path = AFTER_SALES + "/returns/" + number + "/evidence";
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        String boundary = "----orderflow-evidence";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"flicker.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(photo);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        Http.Reply fromForm = http.send("POST", path, "multipart/form-data; boundary=" + boundary,
                form.toByteArray(), false, "ann", pw("ann"), Map.of());
        assertEquals(fromForm.body(), 201, fromForm.status());
        Http.Reply asBody = http.send("POST", path + "?filename=delivery-note.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII), false, "ann", pw("ann"), Map.of());
        assertEquals(asBody.body(), 201, asBody.status());
        Http.Reply fake = http.send("POST", path + "?filename=photo.jpg", "image/jpeg",
                "just text".getBytes(StandardCharsets.US_ASCII), false, "ann", pw("ann"), Map.of());
        assertEquals(fake.body(), 400, fake.status());
        JsonNode kept = http.get(AFTER_SALES + "/returns/" + number, "ann", pw("ann")).json().get("evidence");
        assertEquals(kept.toString(), "flicker.jpg image/jpeg, delivery-note.pdf application/pdf",
                kept.get(0).get("filename").asText() + " " + kept.get(0).get("contentType").asText() + ", "
                + kept.get(1).get("filename").asText() + " " + kept.get(1).get("contentType").asText());
        Http.Reply back = http.get(path + "/1", "image/jpeg", "quinn", pw("quinn"));
        assertEquals(200, back.status());
    }

    @Test
    public void aRefundIsCreditedAgainstTheInvoiceAndPaidBackByFinanceToTheClosing() throws Exception {
        String order = delivered("PO-RET-R", "LED-LAMP", 10, "25.00");
        await(order + " invoiced").atMost(SETTLED).until(() -> http.get("/finance/invoices?order=" + order, "fred",
                pw("fred")).json().size() == 1);
        String invoice = http.get("/finance/invoices?order=" + order, "fred", pw("fred")).json().get(0)
                .get("number").asText();
        String paid = http.get("/finance/invoices/" + invoice, "fred", pw("fred")).json().get("total").asText();
        new Payments(http).verified("CUST-A", new BigDecimal(paid).setScale(2).toPlainString(), invoice,
                new BigDecimal(paid).setScale(2).toPlainString());
        String number = authorised(order, 2, "REFUND");
        step("bob", number, "receipts", Map.of("warehouse", "WH-SOUTH", "lines", List.of(Map.of("lineNo", 1,
                "quantity", 2))));
        step("quinn", number, "inspections", Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2, "cause",
                "COMPANY_QUALITY", "disposition", "SCRAP", "reason", "cracked housing"))));

        JsonNode remedied = step("dan", number, "remedies", Map.of("lines", List.of(Map.of("lineNo", 1, "remedy",
                "REFUND", "quantity", 2))));
        String creditNote = remedied.get("remedies").get(0).get("document").asText();
        JsonNode note = http.get("/finance/credit-notes/" + creditNote, "fred", pw("fred")).json();
        assertEquals(invoice, note.get("invoice").asText());
        assertEquals(number + "/C1", note.get("source").asText());
        assertEquals("REMEDYING", remedied.get("status").asText());

        Http.Reply refund = http.post("/finance/refunds", Http.json(Map.of("customerId", "CUST-A", "creditNote",
                creditNote, "amount", note.get("refundable").asText(), "currency", "CNY", "method", "BANK_TRANSFER",
                "reference", "RF-" + number, "paidOn", java.time.LocalDate.now().minusDays(1).toString())), "fred",
                pw("fred"));
        assertEquals(refund.body(), 201, refund.status());
        String refunded = refund.json().get("id").asText();
        assertEquals(200, http.post("/finance/refunds/" + refunded + "/verification", "", "fiona", pw("fiona"))
                .status());
        awaitReturn(number, "CLOSED");

        TestErp erp = new TestErp();
        Server server = erp.publishInContainer();
        try {
            TestErp.link(configAdmin, TestErp.inContainer(), 200, 5000);
            String key = refunded + "~1";
            await("the refund posted to the ERP").atMost(Duration.ofSeconds(60)).until(() -> "CONFIRMED".equals(
                    http.get("/finance/postings/" + key, "fred", pw("fred")).json().get("state").asText()));
            assertEquals(1, erp.posts.stream().filter(key::equals).count());
        } finally {
            TestErp.unlink(configAdmin);
            server.destroy();
        }
    }

    @Test
    public void aRejectionMoreThanShippedAndWrongRolesAreRefusedSayingWhy() {
        String order = delivered("PO-RET-N", "LED-LAMP", 5, "25.00");
        String number = requested(order, 2, "NOT_WANTED", "REFUND");
        Http.Reply tooMany = http.post(AFTER_SALES + "/returns", Http.json(Map.of("orderNumber", order, "reason",
                "NOT_WANTED", "remedy", "REFUND", "lines", List.of(Map.of("lineNo", 1, "quantity", 4)))), "ann",
                pw("ann"));
        assertEquals(tooMany.body(), 400, tooMany.status());
        assertTrue(tooMany.body(), tooMany.body().contains("lines[0].quantity"));
        JsonNode rejected = step("quinn", number, "decisions", Map.of("approve", false, "reason",
                "the seal is broken and the lamps were used"));
        assertEquals("REJECTED", rejected.get("status").asText());
        assertTrue(rejected.get("notice").asText(), rejected.get("notice").asText()
                .contains("the seal is broken and the lamps were used"));
        assertEquals(409, http.post(AFTER_SALES + "/returns/" + number + "/receipts", Http.json(Map.of("warehouse",
                "WH-SOUTH", "lines", List.of(Map.of("lineNo", 1, "quantity", 1)))), "bob", pw("bob")).status());
        assertEquals("only warehouse staff receive goods", 403, http.post(AFTER_SALES + "/unmatched-receipts",
                Http.json(Map.of("warehouse", "WH-SOUTH", "productCode", "LED-LAMP", "quantity", 1)), "ann",
                pw("ann")).status());
        assertEquals(404, http.get(AFTER_SALES + "/returns/RET-1999-000001", "ann", pw("ann")).status());
        List<String> types = orders.timelineTypes(order);
        assertTrue(types.toString(), types.contains("after-sales/RETURN_REQUESTED")
                && types.contains("after-sales/RETURN_REJECTED"));
    }
}
