package io.orderflow.routes.erp.internal;

import io.orderflow.finance.api.Posting;
import io.orderflow.routes.erp.internal.JournalCalls.Booked;
import io.orderflow.routes.erp.internal.JournalCalls.NoAnswer;
import io.orderflow.routes.erp.internal.JournalCalls.Outcome;
import io.orderflow.routes.erp.internal.JournalCalls.Refused;
import io.orderflow.routes.erp.internal.JournalCalls.Unreachable;
import io.orderflow.routes.erp.internal.soap.Journal;
import io.orderflow.routes.erp.internal.soap.JournalEntry;
import io.orderflow.routes.erp.internal.soap.JournalLine;
import io.orderflow.routes.erp.internal.soap.JournalRefusal_Exception;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.WebServiceException;
import javax.xml.ws.handler.Handler;
import javax.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * The ERP's journal service as Orderflow calls it: a CXF JAX-WS client on the interface generated from our WSDL, with
 * the configured timeouts, the trusted certificates when configured and, when a user is configured, a WS-Security
 * UsernameToken.
 */
final class JournalClient implements JournalCalls {

    private final Journal journal;
    private final DatatypeFactory dates;

    /** @param trusted the trust managers for TLS, or null for the JVM's trust store */
    JournalClient(ErpSettings settings, TrustManager[] trusted) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(Journal.class);
        factory.setAddress(checkedAddress(settings.address()));
        try {
            this.dates = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML date factory", e);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // CXF finds its bus extensions and JAXB through the context class loader: this bundle's sees them
            Thread.currentThread().setContextClassLoader(JournalClient.class.getClassLoader());
            this.journal = factory.create(Journal.class);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        if (!settings.username().isBlank()) {
            List<Handler> handlers = List.of(new UsernameTokenHeader(settings.username(), settings.password()));
            ((BindingProvider) journal).getBinding().setHandlerChain(handlers);
        }
        Client client = ClientProxy.getClient(journal);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeoutMillis());
        policy.setReceiveTimeout(settings.receiveTimeoutMillis());
        policy.setAllowChunking(false);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        conduit.setClient(policy);
        if (trusted != null) {
            TLSClientParameters tls = new TLSClientParameters();
            tls.setTrustManagers(trusted);
            conduit.setTlsClientParameters(tls);
        }
    }

    /** @throws IllegalArgumentException for an address that is not https (or http on loopback) */
    static String checkedAddress(String address) {
        URI uri = URI.create(address.strip());
        boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (uri.getHost() == null || uri.getUserInfo() != null || !("https".equals(uri.getScheme())
                || "http".equals(uri.getScheme()) && loopback)) {
            throw new IllegalArgumentException("address must be https://host/… (http:// only on loopback), without"
                    + " credentials in it");
        }
        return uri.toString();
    }

    @Override
    public Outcome post(Posting posting) {
        try {
            return new Booked(journal.postJournalEntry(entry(posting)));
        } catch (JournalRefusal_Exception refused) {
            return new Refused(refused.getFaultInfo().getCode() + ": " + refused.getFaultInfo().getMessage());
        } catch (SOAPFaultException fault) {
            return new Refused("SOAP fault: " + fault.getMessage());
        } catch (WebServiceException failed) {
            return notSent(failed) ? new Unreachable(reason(failed)) : new NoAnswer(reason(failed));
        }
    }

    @Override
    public Optional<String> find(String key) {
        return Optional.ofNullable(journal.findJournalEntry(key));
    }

    /**
     * A failure before anything reached the ERP: no connection, a TLS handshake that failed (an untrusted
     * certificate), or an HTTP refusal without a SOAP answer.
     */
    static boolean notSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SSLHandshakeException) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("HTTP response '503")) {
                return true;
            }
        }
        return false;
    }

    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private JournalEntry entry(Posting posting) {
        JournalEntry entry = new JournalEntry();
        entry.setKey(posting.key());
        entry.setDocumentType(posting.documentType());
        entry.setDocument(posting.document());
        entry.setCurrency(posting.currency());
        entry.setPostingDate(dates.newXMLGregorianCalendar(posting.postedOn().toString()));
        entry.setPartner(posting.customerId());
        for (Posting.Line line : posting.lines()) {
            JournalLine journalLine = new JournalLine();
            journalLine.setAccount(line.account());
            journalLine.setDebit(line.debit());
            journalLine.setCredit(line.credit());
            journalLine.setMemo(line.memo());
            entry.getLine().add(journalLine);
        }
        return entry;
    }
}
