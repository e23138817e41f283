package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import io.orderflow.routes.kit.KitRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * A partner on SFTP: its files are fetched from its server into our {@code in/} folder, where they are taken like
 * any other, and what we write into {@code out/} is put onto its server (then kept in {@code out/sent/}). Everything
 * the gateway guarantees for folders therefore holds for SFTP too. A remote file is deleted only once it is safely
 * in {@code in/}; one whose name is still there waits for the next poll.
 */
final class SftpRoutes extends KitRoutes {

    private final Partner partner;
    private final PartnerFolders folders;
    private final GatewaySettings settings;

    SftpRoutes(Partner partner, PartnerFolders folders, GatewaySettings settings) {
        super(EdiGateway.FLOW);
        this.partner = partner;
        this.folders = folders;
        this.settings = settings;
    }

    static String fetchRoute(String partner) {
        return KitRoutes.routeId(EdiGateway.FLOW, "sftp-fetch", partner);
    }

    static String sendRoute(String partner) {
        return KitRoutes.routeId(EdiGateway.FLOW, "sftp-send", partner);
    }

    /** A failed transfer goes back to the consumer: the remote or local file stays for the next poll. */
    @Override
    protected boolean handlesFailures() {
        return false;
    }

    @Override
    protected void routes() {
        PartnerEndpoints endpoints = new PartnerEndpoints(getContext(), partner, folders, settings);
        from(endpoints.fetchFromServer())
                .routeId(fetchRoute(partner.id()))
                .process(SftpRoutes::localName)
                .to(endpoints.intoInbox());

        from(endpoints.outboxToSend())
                .routeId(sendRoute(partner.id()))
                .to(endpoints.sendToServer());
    }

    /** Headers from outside are dropped; the file keeps its own name, made safe for our folder. */
    static void localName(Exchange exchange) {
        Message message = exchange.getIn();
        String name = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        message.removeHeaders("Camel*");
        message.setHeader(Exchange.FILE_NAME, PartnerFolders.safeName(name == null ? "unnamed" : name));
    }
}
