package io.orderflow.routes.edi.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class SftpRoutesTest {

    /** What a partner's server says about a file must not steer where or how Orderflow writes it. */
    @Test
    void headersFromThePartnersServerAreDroppedAndTheNameMadeSafe() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, "../../etc/orderflow.evil.cfg");
            exchange.getIn().setHeader(Exchange.FILE_NAME, "../../etc/orderflow.evil.cfg");
            exchange.getIn().setHeader(Exchange.OVERRULE_FILE_NAME, "/etc/passwd");
            exchange.getIn().setHeader("CamelFileParent", "/etc");
            exchange.getIn().setHeader("partnerNote", "kept");

            SftpRoutes.localName(exchange);

            assertEquals("__.._etc_orderflow.evil.cfg", exchange.getIn().getHeader(Exchange.FILE_NAME));
            assertNull(exchange.getIn().getHeader(Exchange.OVERRULE_FILE_NAME));
            assertNull(exchange.getIn().getHeader("CamelFileParent"));
            assertEquals("kept", exchange.getIn().getHeader("partnerNote"));
        }
    }
}
