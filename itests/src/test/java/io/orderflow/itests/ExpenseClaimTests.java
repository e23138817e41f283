package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
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
 * An expense claim through its chain in the distribution (issue 20): the organisation set by {@code admin}; ann's
 * claim above the supervisor's limit goes to her manager, his manager (who sends it back once), finance and the
 * president; nobody decides their own claim; a receipt is taken as the file it is (a PDF with binary bytes), and a
 * text file named .pdf is refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExpenseClaimTests extends SalesOrderFlowTest {

    private static final String CLAIMS = "/finance/expense-claims";

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    private String admin() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.data"), "orderflow",
                "initial-admin-password")).strip();
    }

    private JsonNode decided(String user, String number, Map<String, Object> decision) {
        Http.Reply reply = http.post(CLAIMS + "/" + number + "/decisions", Http.json(decision), user, pw(user));
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    /** A file as its bytes, the way a browser or curl uploads it. */
    private HttpResponse<String> upload(String number, String fileName, byte[] bytes) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("ann:" + pw("ann")).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + OrderflowKaraf.httpPort() + "/api" + CLAIMS + "/" + number + "/receipts?filename=" + fileName))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void aClaimAboveTheLimitGoesUpTheChainIsSentBackOnceAndEndsWithThePresident() throws Exception {
        for (List<String> member : List.of(List.of("ann", "Sales South", "mia"), List.of("mia", "Sales South", "dan"),
                List.of("dan", "Sales", "paul"))) {
            Http.Reply put = http.put("/master-data/organisation/" + member.get(0), Http.json(Map.of("department",
                    member.get(1), "manager", member.get(2))), "admin", admin());
            assertTrue(put.body(), put.status() == 201 || put.status() == 200);
        }
        LocalDate day = LocalDate.now().minusDays(3);
        Http.Reply filed = http.post(CLAIMS, Http.json(Map.of("lines", List.of(
                Map.of("date", day.toString(), "category", "TRAVEL", "description", "Flights to Chengdu", "amount",
                        "3500.00", "currency", "CNY"),
                Map.of("date", day.toString(), "category", "ACCOMMODATION", "description", "Hotel, 3 nights",
                        "amount", "2600.00", "currency", "CNY")))), "ann", pw("ann"));
        assertEquals(filed.body(), 201, filed.status());
        String number = filed.json().get("number").asText();
        assertTrue(number, number.matches("EXP-\\d{4}-\\d{6}"));
        assertEquals("MANAGER", filed.json().get("step").asText());

        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> receipt = upload(number, "hotel.pdf", pdf);
        assertEquals(receipt.body(), 201, receipt.statusCode());
        HttpResponse<String> fake = upload(number, "fake.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8));
        assertTrue(fake.body(), fake.statusCode() == 400 || fake.statusCode() == 415);

        Http.Reply own = http.post(CLAIMS + "/" + number + "/decisions", Http.json(Map.of("decision", "APPROVE")),
                "ann", pw("ann"));
        assertEquals("nobody approves their own claim", 403, own.status());
        assertEquals("bob decides no step of it", 403, http.post(CLAIMS + "/" + number + "/decisions",
                Http.json(Map.of("decision", "APPROVE")), "bob", pw("bob")).status());
        assertEquals("finance's step is not due before the manager's", 409, http.post(CLAIMS + "/" + number
                + "/decisions", Http.json(Map.of("decision", "APPROVE")), "fred", pw("fred")).status());

        assertEquals("SUPERVISOR", decided("mia", number, Map.of("decision", "APPROVE")).get("step").asText());
        JsonNode sentBack = decided("dan", number, Map.of("decision", "SEND_BACK", "reason",
                "the hotel's invoice is missing"));
        assertEquals("SENT_BACK", sentBack.get("status").asText());
        Http.Reply resubmitted = http.post(CLAIMS + "/" + number + "/resubmission", Http.json(Map.of("lines", List.of(
                Map.of("date", day.toString(), "category", "TRAVEL", "description", "Flights to Chengdu", "amount",
                        "3500.00", "currency", "CNY"),
                Map.of("date", day.toString(), "category", "ACCOMMODATION", "description",
                        "Hotel, 3 nights (invoice attached)", "amount", "2600.00", "currency", "CNY")))), "ann",
                pw("ann"));
        assertEquals(resubmitted.body(), 200, resubmitted.status());
        assertEquals("the chain goes on where it was sent back", "SUPERVISOR",
                resubmitted.json().get("step").asText());

        decided("dan", number, Map.of("decision", "APPROVE", "reason", "hotel above the travel policy", "lines",
                List.of(Map.of("lineNo", 2, "approvedAmount", "2400.00", "reason", "policy: 800 a night"))));
        JsonNode checked = decided("fred", number, Map.of("decision", "APPROVE"));
        assertEquals("5,900 is above the supervisor's 5,000", "PRESIDENT", checked.get("step").asText());
        JsonNode approved = decided("paul", number, Map.of("decision", "APPROVE"));
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(0, new BigDecimal("5900.00").compareTo(new BigDecimal(approved.get("approvedTotal").asText())));
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?"
                + " AND EVENT_TYPE = 'finance/EXPENSE_CLAIM_APPROVED'", number));
        String posting = "/finance/postings/" + number + "~1";
        await("the approved claim posted").atMost(Duration.ofSeconds(30))
                .until(() -> http.get(posting, "fred", pw("fred")).status() == 200);
        JsonNode entry = http.get(posting, "fred", pw("fred")).json();
        assertEquals("PENDING", entry.get("state").asText());
        assertEquals("EXPENSE_CLAIM", entry.get("documentType").asText());
        assertEquals("travel and accommodation debited, the claimant's payable credited", 3,
                entry.get("lines").size());
        String shown = shell().run("ann", pw("ann"), "finance:claim " + number);
        assertTrue(shown, shown.contains(number) && shown.contains("APPROVED"));
    }
}
