package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import javax.xml.namespace.QName;
import javax.xml.soap.MessageFactory;
import javax.xml.soap.SOAPBody;
import javax.xml.soap.SOAPElement;
import javax.xml.soap.SOAPFactory;
import javax.xml.soap.SOAPFault;
import javax.xml.soap.SOAPMessage;
import javax.xml.ws.Provider;
import javax.xml.ws.Service;
import javax.xml.ws.ServiceMode;
import javax.xml.ws.WebServiceProvider;
import javax.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.ConfigurationAdmin;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ERP link in the distribution (issue 20) against a test ERP: a real CXF SOAP endpoint on loopback (under the
 * container's {@code /api}) that answers our WSDL's operations and can be told to refuse or to book and then not
 * answer in time. While the ERP cannot be reached the postings wait; once it can, each is booked exactly once with
 * the configured UsernameToken; a refusal goes to finance's work list and is resent as the next version; an answer
 * lost after the ERP booked the entry is resolved by looking it up, never by posting it again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ErpTests extends SalesOrderFlowTest {

    private static final String NS = "urn:orderflow:erp:journal:1";
    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    /** What the test ERP does with the next post. */
    enum Next { BOOK, REFUSE, BOOK_THEN_SLEEP }

    /** The test ERP: books entries by key (the same key once), remembers the users that posted. */
    @WebServiceProvider(serviceName = "JournalService", portName = "JournalPort", targetNamespace = NS)
    @ServiceMode(Service.Mode.MESSAGE)
    public static final class TestErp implements Provider<SOAPMessage> {
        final Map<String, String> booked = Collections.synchronizedMap(new HashMap<>());
        final List<String> posts = Collections.synchronizedList(new ArrayList<>());
        final List<String> users = Collections.synchronizedList(new ArrayList<>());
        final AtomicReference<Next> next = new AtomicReference<>(Next.BOOK);

        @Override
        public SOAPMessage invoke(SOAPMessage request) {
            try {
                if (request.getSOAPHeader() != null) {
                    var names = request.getSOAPHeader().getElementsByTagNameNS("*", "Username");
                    if (names.getLength() > 0) {
                        users.add(names.item(0).getTextContent());
                    }
                }
                Element call = firstElement(request.getSOAPBody());
                String key = firstElement(call.getLocalName().equals("postJournalEntry")
                        ? firstElement(call) : call).getTextContent();
                SOAPMessage answer = MessageFactory.newInstance().createMessage();
                SOAPBody body = answer.getSOAPBody();
                if (call.getLocalName().equals("findJournalEntry")) {
                    SOAPElement found = body.addChildElement("findJournalEntryResponse", "j", NS);
                    if (booked.containsKey(key)) {
                        found.addChildElement("reference", "j").addTextNode(booked.get(key));
                    }
                    return answer;
                }
                posts.add(key);
                Next what = next.getAndSet(Next.BOOK);
                if (what == Next.REFUSE) {
                    SOAPFault fault = SOAPFactory.newInstance().createFault("account not open for posting",
                            new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client"));
                    SOAPElement refusal = fault.addDetail().addChildElement("journalRefusal", "j", NS);
                    refusal.addChildElement("code", "j").addTextNode("ACCOUNT_CLOSED");
                    refusal.addChildElement("message", "j").addTextNode("account 1002 is closed for March");
                    throw new SOAPFaultException(fault);
                }
                booked.putIfAbsent(key, "JE-" + (booked.size() + 1));
                if (what == Next.BOOK_THEN_SLEEP) {
                    Thread.sleep(4_000); // the client gave up after 2 s: the entry is booked, the answer lost
                }
                body.addChildElement("postJournalEntryResponse", "j", NS).addChildElement("reference", "j")
                        .addTextNode(booked.get(key));
                return answer;
            } catch (SOAPFaultException fault) {
                throw fault;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static Element firstElement(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    return element;
                }
            }
            throw new IllegalArgumentException("no element in " + parent.getNodeName());
        }
    }

    private void link(String address) throws Exception {
        org.osgi.service.cm.Configuration config = configAdmin.getConfiguration("orderflow.routes.erp.client", "?");
        Dictionary<String, Object> settings = new Hashtable<>(Map.of("address", address, "username", "orderflow",
                "password", "erp-secret", "pollDelayMillis", 200, "receiveTimeoutMillis", 2000,
                "backoffInitialMillis", 200, "backoffMaxMillis", 400));
        config.update(settings);
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
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Server server;
        try {
            Thread.currentThread().setContextClassLoader(JaxWsServerFactoryBean.class.getClassLoader());
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setServiceBean(erp);
            factory.setAddress("/test-erp");
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        try {
            Payments payments = new Payments(http);
            String first = awaitPosting(payments.verified("CUST-A", "10.00"));

            link("http://127.0.0.1:" + FreePorts.next() + "/journal"); // nothing listens there
            await("the ERP is down: it waits").during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5))
                    .until(() -> "PENDING".equals(posting(first).get("state").asText()));

            link("http://127.0.0.1:" + OrderflowKaraf.httpPort() + "/api/test-erp");
            await("every posting booked").atMost(SETTLED).until(() -> postings("PENDING").isEmpty()
                    && postings("SENT").isEmpty() && postings("UNKNOWN").isEmpty());
            assertEquals("CONFIRMED", posting(first).get("state").asText());
            assertEquals(erp.booked.get(first), posting(first).get("erpReference").asText());
            assertEquals("each posting went out once", erp.posts.size(), erp.booked.size());
            assertEquals(postings("CONFIRMED").size(), erp.booked.size());
            assertTrue(erp.users.toString(), !erp.users.isEmpty() && erp.users.stream().allMatch("orderflow"::equals));

            erp.next.set(Next.REFUSE);
            String refused = awaitPosting(payments.verified("CUST-A", "20.00"));
            await("refused").atMost(SETTLED).until(() -> "REJECTED".equals(posting(refused).get("state").asText()));
            assertTrue(posting(refused).toString(), posting(refused).get("message").asText()
                    .contains("account 1002 is closed for March"));
            Http.Reply resent = http.post("/finance/postings/" + refused + "/resend", "", "fred", pw("fred"));
            assertEquals(resent.body(), 200, resent.status());
            String second = resent.json().get("key").asText();
            await("the next version booked").atMost(SETTLED)
                    .until(() -> "CONFIRMED".equals(posting(second).get("state").asText()));

            erp.next.set(Next.BOOK_THEN_SLEEP);
            String lost = awaitPosting(payments.verified("CUST-A", "30.00"));
            await("looked up and confirmed").atMost(SETTLED)
                    .until(() -> "CONFIRMED".equals(posting(lost).get("state").asText()));
            assertEquals("booked once, never posted again", 1, erp.posts.stream().filter(lost::equals).count());
            assertEquals(erp.booked.get(lost), posting(lost).get("erpReference").asText());
        } finally {
            configAdmin.getConfiguration("orderflow.routes.erp.client", "?").delete();
            server.destroy();
        }
    }
}
