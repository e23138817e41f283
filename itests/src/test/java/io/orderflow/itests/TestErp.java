package io.orderflow.itests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
import org.osgi.service.cm.ConfigurationAdmin;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The test ERP: our WSDL's journal service as a JAX-WS provider, published with CXF by the test (inside the container
 * in {@link ErpTests}, in the test's own JVM in {@link ErpPowerCuts}). It books entries by key (the same key once),
 * remembers every post and the users that posted, and can be told to refuse the next post, to book it and answer too
 * late, or to hold the answer to the post that books a given entry.
 */
@WebServiceProvider(serviceName = "JournalService", portName = "JournalPort", targetNamespace = TestErp.NS)
@ServiceMode(Service.Mode.MESSAGE)
public final class TestErp implements Provider<SOAPMessage> {

    static final String NS = "urn:orderflow:erp:journal:1";
    private static final String LINK = "orderflow.routes.erp.client";

    /**
     * What the test ERP does with the next post: book it, refuse it, or book it and hold the answer until
     * {@link #release()} (the client gives up first: the entry is booked, the answer lost).
     */
    enum Next { BOOK, REFUSE, BOOK_THEN_HOLD }

    final Map<String, String> booked = Collections.synchronizedMap(new HashMap<>());
    final List<String> posts = Collections.synchronizedList(new ArrayList<>());
    final List<String> users = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<Next> next = new AtomicReference<>(Next.BOOK);
    /** Counts down when the post booking the {@link #holdAt}th entry has booked it and holds its answer. */
    final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int holdAt;

    /**
     * Publishes it with the container's own CXF under {@code /api/test-erp} (inside the container: the bus and JAXB
     * are found through CXF's class loader).
     */
    Server publishInContainer() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(JaxWsServerFactoryBean.class.getClassLoader());
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setServiceBean(this);
            factory.setAddress("/test-erp");
            return factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Where {@link #publishInContainer()} answers (inside the container). */
    static String inContainer() {
        return "http://127.0.0.1:" + OrderflowKaraf.httpPort() + "/api/test-erp";
    }

    /** Points the ERP link at {@code address} as user {@code orderflow}, with short polls and backoff. */
    static void link(ConfigurationAdmin admin, String address, int pollMillis, int receiveTimeoutMillis)
            throws IOException {
        Dictionary<String, Object> settings = new Hashtable<>(Map.of("address", address, "username", "orderflow",
                "password", "erp-secret", "pollDelayMillis", pollMillis, "receiveTimeoutMillis",
                receiveTimeoutMillis, "backoffInitialMillis", 200, "backoffMaxMillis", 400));
        admin.getConfiguration(LINK, "?").update(settings);
    }

    /** The ERP link without an address again: the postings wait. */
    static void unlink(ConfigurationAdmin admin) throws IOException {
        admin.getConfiguration(LINK, "?").delete();
    }

    /** The answer to the post that books the {@code nth} entry waits until {@link #release()} (once per test ERP). */
    void holdAnswerAt(int nth) {
        holdAt = nth;
    }

    void release() {
        released.countDown();
    }

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
            String reference = book(key);
            if (what == Next.BOOK_THEN_HOLD) {
                released.await(120, TimeUnit.SECONDS);
            }
            body.addChildElement("postJournalEntryResponse", "j", NS).addChildElement("reference", "j")
                    .addTextNode(reference);
            return answer;
        } catch (SOAPFaultException fault) {
            throw fault;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String book(String key) throws InterruptedException {
        int count;
        String reference;
        synchronized (booked) {
            reference = booked.computeIfAbsent(key, k -> "JE-" + (booked.size() + 1));
            count = booked.size();
        }
        if (count == holdAt) {
            holding.countDown();
            released.await(120, TimeUnit.SECONDS);
        }
        return reference;
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
