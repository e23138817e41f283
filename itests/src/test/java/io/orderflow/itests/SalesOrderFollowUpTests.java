package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.Asserts.assertNotContains;
import static io.orderflow.itests.SalesOrders.ORDERS;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.salesorder.api.event.ChangeAnswered;
import io.orderflow.salesorder.api.event.ChangeRequested;
import io.orderflow.salesorder.api.event.OrderRevised;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** What happens to an order after its intake (docs/business-rules.md §2): change requests, revisions, bulk intake. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SalesOrderFollowUpTests extends SalesOrderFlowTest {

    /** These tests answer change requests as a planner by hand. */
    @Configuration
    @Override
    public Option[] config() {
        return SalesContainerIT.options();
    }


    private Http.Reply requestChange(String user, String number, Object change) {
        return orders.post(user, number, "change-requests", change);
    }

    @Test
    public void aConfirmedChangeBecomesANewRevisionAndEveryRevisionStaysReadable() throws Exception {
        String number = orders.create("ann", Orders.ledLamps("PO-CHANGE-QTY")).get("number").asText();
        orders.confirmPlain(number);
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number)
                .get("status").asText()));
        String wanted = LocalDate.now().plusDays(45).toString();
        Map<String, Object> change = Map.of("requestedDelivery", wanted,
                "lines", List.of(Map.of("lineNo", 1, "quantity", 150)), "reason", "customer needs 50 more");

        assertEquals(403, requestChange("bob", number, change).status());
        Http.Reply empty = requestChange("ann", number, Map.of("reason", "nothing"));
        assertEquals(400, empty.status());
        assertEquals("lines", empty.json().at("/problems/0/field").asText());
        Http.Reply requested = requestChange("ann", number, change);
        assertEquals(requested.body(), 201, requested.status());
        long id = requested.json().get("id").asLong();
        assertEquals("REQUESTED", requested.json().get("status").asText());
        Http.Reply early = orders.post("ann", number, "change-requests/" + id + "/apply", "");
        assertEquals("production has not answered yet", 409, early.status());
        assertContains(early.json().get("message").asText(), "is REQUESTED");

        String projected = LocalDate.now().plusDays(50).toString();
        assertEquals(403, orders.post("ann", number, "change-requests/" + id + "/assessment",
                Map.of("feasible", true, "projectedDelivery", projected)).status());
        assertContains(shell().run("pete", pw("pete"), "sales-order:assess-change --feasible --delivery "
                + projected + " --remark \"capacity found in week 3\" " + number + " " + id), "is FEASIBLE");

        Http.Reply applied = orders.post("sam", number, "change-requests/" + id + "/apply", "");
        assertEquals(applied.body(), 200, applied.status());
        assertEquals(2, applied.json().get("revision").asInt());
        assertEquals("150", applied.json().at("/lines/0/quantity").asText());
        assertEquals("3750.00", applied.json().at("/total/amount").asText());
        assertEquals("production's date wins over the asked one", projected,
                applied.json().get("requestedDelivery").asText());
        assertEquals("a revision leaves the status as it was", "AWAITING_SHIPMENT",
                applied.json().get("status").asText());

        JsonNode revisions = http.get(ORDERS + "/" + number + "/revisions", "bob", pw("bob")).json();
        assertEquals(2, revisions.size());
        assertEquals(1, revisions.at("/0/revision").asInt());
        assertEquals("100", revisions.at("/0/lines/0/quantity").asText());
        assertEquals("2500.00", revisions.at("/0/total/amount").asText());
        assertEquals(2, revisions.at("/1/revision").asInt());
        assertEquals(id, revisions.at("/1/changeRequestId").asLong());
        assertEquals("APPLIED", http.get(ORDERS + "/" + number + "/change-requests", "bob", pw("bob")).json()
                .at("/0/status").asText());
        String shown = shell().run("carol", pw("carol"), "sales-order:revisions " + number);
        assertContains(shown, "Revision 1 since");
        assertContains(shown, "Revision 2 since");
        assertContains(shown, "(change " + id + ")");

        await().atMost(Duration.ofSeconds(30)).until(() -> orders.timelineTypes(number).contains(OrderRevised.TYPE));
        assertTrue(orders.timelineTypes(number).containsAll(List.of(ChangeRequested.TYPE,
                ChangeAnswered.TYPE)));
        Db db = new Db(dataSource);
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = ? AND PAYLOAD LIKE '%\"revision\":2%'", number, OrderRevised.TYPE));
        assertEquals(1, db.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE SUBJECT = ?"
                + " AND ACTION = 'CHANGE_ASSESSED' AND ACTOR = 'pete' AND ACTOR_ROLE = 'production-planner'", number));
    }

    @Test
    public void anInfeasibleChangeCannotBeAppliedAndIsWithdrawnWithAReason() {
        String number = orders.create("ann", Orders.ledLamps("PO-CHANGE-SPEC")).get("number").asText();
        long id = requestChange("sue", number, Map.of("lines", List.of(Map.of("lineNo", 1, "specification", "2200K")),
                "reason", "warmer light")).json().get("id").asLong();
        Http.Reply answered = orders.post("pete", number, "change-requests/" + id + "/assessment",
                Map.of("feasible", false, "remark", "no 2200K LEDs this quarter"));
        assertEquals(answered.body(), 200, answered.status());
        assertEquals("NOT_FEASIBLE", answered.json().get("status").asText());
        assertEquals(409, orders.post("ann", number, "change-requests/" + id + "/apply", "").status());
        assertEquals(400, orders.post("mia", number, "change-requests/" + id + "/withdraw", "{}").status());
        Http.Reply withdrawn = orders.post("mia", number, "change-requests/" + id + "/withdraw",
                Map.of("reason", "customer keeps 4000K"));
        assertEquals(withdrawn.body(), 200, withdrawn.status());
        assertEquals("WITHDRAWN", withdrawn.json().get("status").asText());
        JsonNode order = orders.get(number);
        assertEquals(1, order.get("revision").asInt());
        assertEquals("4000K", order.at("/lines/0/specification").asText());
        assertEquals(1, http.get(ORDERS + "/" + number + "/revisions", "bob", pw("bob")).json().size());
    }

    @Test
    public void aClosedOrderTakesNoChangeRequest() {
        String number = orders.create("ann", Orders.ledLamps("PO-CHANGE-CLOSED")).get("number").asText();
        assertEquals(200, orders.post("mia", number, "cancel", Map.of("reason", "customer withdrew")).status());
        Http.Reply refused = requestChange("ann", number, Map.of("requestedDelivery",
                LocalDate.now().plusDays(60).toString(), "reason", "later please"));
        assertEquals(409, refused.status());
        assertContains(refused.json().get("message").asText(), "cannot revise an order that is CANCELLED");
    }

    private static String bulkFile(String delivery) {
        String header = "customerId,customerPo,requestedDelivery,deliveryLine1,deliveryCity,deliveryCountry,"
                + "productCode,specification,quantity,unitPrice,currency\n";
        String address = "," + delivery + ",1 Factory Road,Shenzhen,CN,";
        return header
                + "CUST-A,PO-BULK-OK" + address + "LED-LAMP,4000K,50,25.00,CNY\n"
                + "CUST-A,PO-BULK-OK" + address + "SMART-LAMP,,5,180.00,CNY\n"
                + "CUST-B,PO-BULK-BAD" + address + "NO-SUCH-LAMP,,5,10.00,CNY\n"
                + "CUST-B,PO-BULK-BAD" + address + "LED-LAMP,,5,25.00,CNY\n"
                + "CUST-C,PO-BULK-UNREADABLE" + address + "LED-LAMP,,lots,25.00,CNY\n";
    }

    private Http.Reply upload(String user, String csv) {
        return http.post(ORDERS + "/import", "text/csv", csv, user, pw(user));
    }

    @Test
    public void aBulkFileEntersEachOrderAllOrNothingWithAReportPerRow() throws Exception {
        String csv = bulkFile(LocalDate.now().plusDays(40).toString());
        assertEquals(403, upload("bob", csv).status());
        Http.Reply noColumns = upload("ann", "customerId,customerPo\nCUST-A,PO-X\n");
        assertEquals(400, noColumns.status());
        assertEquals("header", noColumns.json().at("/problems/0/field").asText());
        assertContains(noColumns.json().at("/problems/0/problem").asText(), "requestedDelivery");

        Http.Reply first = upload("ann", csv);
        assertEquals(first.body(), 200, first.status());
        JsonNode report = first.json();
        assertEquals(3, report.get("orders").asInt());
        assertEquals(1, report.get("accepted").asInt());
        assertEquals(2, report.get("refused").asInt());
        JsonNode rows = report.get("rows");
        assertEquals(5, rows.size());
        String number = rows.at("/0/orderNumber").asText();
        assertEquals("ACCEPTED", rows.at("/0/outcome").asText());
        assertEquals(number, rows.at("/1/orderNumber").asText());
        assertEquals("REFUSED", rows.at("/2/outcome").asText());
        assertEquals(4, rows.at("/2/row").asInt());
        assertEquals("productCode", rows.at("/2/problems/0/field").asText());
        assertEquals("no product NO-SUCH-LAMP", rows.at("/2/problems/0/problem").asText());
        assertEquals("REFUSED", rows.at("/3/outcome").asText());
        assertEquals("order", rows.at("/3/problems/0/field").asText());
        assertEquals("quantity", rows.at("/4/problems/0/field").asText());

        JsonNode order = orders.get(number);
        assertEquals("FILE", order.get("channel").asText());
        assertEquals(2, order.get("lines").size());
        assertEquals("2150.00", order.at("/total/amount").asText());
        Db db = new Db(dataSource);
        assertEquals("nothing of a refused order is written", 0, db.count("SELECT COUNT(*)"
                + " FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO IN ('PO-BULK-BAD', 'PO-BULK-UNREADABLE')"));

        JsonNode again = upload("sam", csv).json();
        assertEquals(0, again.get("accepted").asInt());
        assertEquals(1, again.get("known").asInt());
        assertEquals("ALREADY_RECEIVED", again.at("/rows/0/outcome").asText());
        assertEquals(number, again.at("/rows/0/orderNumber").asText());
        assertEquals(1, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-BULK-OK'"));

        Files.writeString(Shell.exchangeFolder().resolve("bulk-orders.csv"), csv.replace("PO-BULK-OK", "PO-BULK-SHELL"));
        String shown = shell().run("sue", pw("sue"), "sales-order:import-orders bulk-orders.csv");
        assertContains(shown, "3 order(s): 1 accepted, 0 already received, 2 refused");
        assertContains(shown, "row 4  PO-BULK-BAD  REFUSED  productCode no product NO-SUCH-LAMP");
        assertEquals(1, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-BULK-SHELL'"));

        String piped = shell().run("sue", pw("sue"), "sales-order:import-orders --stdin",
                csv.replace("PO-BULK-OK", "PO-BULK-STDIN"));
        assertContains(piped, "3 order(s): 1 accepted, 0 already received, 2 refused");
        assertEquals(1, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-BULK-STDIN'"));
    }

    /**
     * Hostile test finding: the import read any file of the server, and answered differently for a missing one. A
     * name is now a plain name in the exchange folder; a path is refused by its form, before any file is looked at.
     */
    @Test
    public void shellImportsReadOnlyPlainNamesOfTheExchangeFolder() throws Exception {
        Path folder = Shell.exchangeFolder();
        String pathRefusal = "must be the plain name of a file in the exchange folder";
        for (String path : List.of("/etc/passwd", "/etc/no-such-file", "../../etc/users.properties",
                "../orderflow/initial-admin-password", ".hidden.csv")) {
            Exception refused = assertThrows(path, Exception.class,
                    () -> shell().run("sue", pw("sue"), "sales-order:import-orders " + path));
            assertContains(refused.getMessage(), pathRefusal);
            assertNotContains(refused.getMessage(), "root:");
        }
        Files.createSymbolicLink(folder.resolve("passwd.csv"), Path.of("/etc/passwd"));
        assertContains(assertThrows(Exception.class, () -> shell().run("sue", pw("sue"),
                "sales-order:import-orders passwd.csv")).getMessage(), "not a regular file");
        assertContains(assertThrows(Exception.class, () -> shell().run("sue", pw("sue"),
                "sales-order:import-orders missing.csv")).getMessage(), "there is no file missing.csv in the exchange folder");
        Files.write(folder.resolve("overlong.csv"), new byte[] {'a', ',', (byte) 0xC0, (byte) 0xAF, '\n'});
        assertContains(assertThrows(Exception.class, () -> shell().run("sue", pw("sue"),
                "sales-order:import-orders overlong.csv")).getMessage(), "overlong.csv is not valid UTF-8 (byte 2)");
        assertContains(assertThrows(Exception.class, () -> shell().run("sue", pw("sue"),
                "sales-order:import-orders --stdin")).getMessage(), "the standard input is empty");
    }
}
