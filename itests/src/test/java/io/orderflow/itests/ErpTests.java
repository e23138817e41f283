package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
 * The ERP link in the distribution (issue 20) against a {@link TestErp}: a real CXF SOAP endpoint on loopback (under
 * the container's {@code /api}) that answers our WSDL's operations and can be told to refuse or to book and then not
 * answer in time. While the ERP cannot be reached the postings wait; once it can, each is booked exactly once with
 * the configured UsernameToken; a refusal goes to finance's work list and is resent as the next version; an answer
 * lost after the ERP booked the entry is resolved by looking it up, never by posting it again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ErpTests extends SalesOrderFlowTest {

    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    private void link(String address) throws Exception {
        TestErp.link(configAdmin, address, 200, 2000);
    }

    private JsonNode postings(String state) {
        return http.get("/finance/postings" + (state == null ? "" : "?state=" + state), "fred", pw("fred")).json();
    }

    private JsonNode posting(String key) {
        return http.get("/finance/postings/" + key, "fred", pw("fred")).json();
    }

    private String awaitPosting(String document) {
        String key = document + "~1";
        await(key + " built").atMost(SETTLED).until(() -> http.get("/finance/postings/" + key, "fred", pw("fred"))
                .status() == 200);
        return key;
    }

    @Test
    public void postingsWaitForTheErpAndAreBookedOnceAndARefusalIsResentAndALostAnswerLookedUp() throws Exception {
        TestErp erp = new TestErp();
        Server server = erp.publishInContainer();
        try {
            Payments payments = new Payments(http);
            String first = awaitPosting(payments.verified("CUST-A", "10.00"));

            link("http://127.0.0.1:" + FreePorts.next() + "/journal"); // nothing listens there
            await("the ERP is down: it waits").during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5))
                    .until(() -> "PENDING".equals(posting(first).get("state").asText()));

            link(TestErp.inContainer());
            await("every posting booked").atMost(SETTLED).until(() -> postings("PENDING").isEmpty()
                    && postings("SENT").isEmpty() && postings("UNKNOWN").isEmpty());
            assertEquals("CONFIRMED", posting(first).get("state").asText());
            assertEquals(erp.booked.get(first), posting(first).get("erpReference").asText());
            assertEquals("each posting went out once", erp.posts.size(), erp.booked.size());
            assertEquals(postings("CONFIRMED").size(), erp.booked.size());
            assertTrue(erp.users.toString(), !erp.users.isEmpty() && erp.users.stream().allMatch("orderflow"::equals));

            erp.next.set(TestErp.Next.REFUSE);
            String refused = awaitPosting(payments.verified("CUST-A", "20.00"));
            await("refused").atMost(SETTLED).until(() -> "REJECTED".equals(posting(refused).get("state").asText()));
            assertTrue(posting(refused).toString(), posting(refused).get("message").asText()
                    .contains("account 1002 is closed for March"));
            Http.Reply resent = http.post("/finance/postings/" + refused + "/resend", "", "fred", pw("fred"));
            assertEquals(resent.body(), 200, resent.status());
            String second = resent.json().get("key").asText();
            await("the next version booked").atMost(SETTLED)
                    .until(() -> "CONFIRMED".equals(posting(second).get("state").asText()));

            erp.next.set(TestErp.Next.BOOK_THEN_HOLD);
            String lost = awaitPosting(payments.verified("CUST-A", "30.00"));
            await("looked up and confirmed").atMost(SETTLED)
                    .until(() -> "CONFIRMED".equals(posting(lost).get("state").asText()));
            assertEquals("booked once, never posted again", 1, erp.posts.stream().filter(lost::equals).count());
            assertEquals(erp.booked.get(lost), posting(lost).get("erpReference").asText());
        } finally {
            erp.release(); // the held answer goes to a client that gave up long ago
            TestErp.unlink(configAdmin);
            server.destroy();
        }
    }
}
