package io.orderflow.routes.erp.internal;

import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.soap.SOAPElement;
import javax.xml.soap.SOAPException;
import javax.xml.soap.SOAPHeader;
import javax.xml.ws.handler.MessageContext;
import javax.xml.ws.handler.soap.SOAPHandler;
import javax.xml.ws.handler.soap.SOAPMessageContext;

/**
 * A WS-Security UsernameToken (password as text, so over TLS only) written into each outgoing message's header by a
 * plain SOAP handler: CXF's WS-Security feature needs an OpenSAML bundle that does not resolve here (issue 20).
 */
final class UsernameTokenHeader implements SOAPHandler<SOAPMessageContext> {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-username-token-profile-1.0#PasswordText";

    private final String username;
    private final String password;

    UsernameTokenHeader(String username, String password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            try {
                SOAPHeader header = context.getMessage().getSOAPHeader() != null ? context.getMessage().getSOAPHeader()
                        : context.getMessage().getSOAPPart().getEnvelope().addHeader();
                SOAPElement security = header.addChildElement("Security", "wsse", WSSE);
                SOAPElement token = security.addChildElement("UsernameToken", "wsse");
                token.addChildElement("Username", "wsse").addTextNode(username);
                token.addChildElement("Password", "wsse").addAttribute(new QName("Type"), PASSWORD_TEXT)
                        .addTextNode(password);
            } catch (SOAPException e) {
                throw new IllegalStateException("could not write the WS-Security header", e);
            }
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.<QName>of();
    }
}
