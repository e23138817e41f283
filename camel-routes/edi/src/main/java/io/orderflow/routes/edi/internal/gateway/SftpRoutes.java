package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import io.orderflow.routes.kit.KitRoutes;
import io.orderflow.routes.kit.QuietPolls;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A partner on SFTP: its files are fetched from its server into our {@code in/} folder, where they are taken like
 * any other, and what we write into {@code out/} is put onto its server (then kept in {@code out/sent/}). Everything
 * the gateway guarantees for folders therefore holds for SFTP too. A remote file is deleted only once it is safely
 * in {@code in/}; one whose name is still there waits for the next poll.
 */
final class SftpRoutes extends KitRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SftpRoutes.class);
    private static final String TEMPORARY = "RAW(.*\\.(tmp|part|filepart|partial|crdownload)$)";

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
        Transport sftp = partner.transport();
        String hostKeys = hostKeys(sftp);
        long check = settings.readLockCheckMillis();
        SftpEndpoint inbox = server(sftp.sftpInbox(), hostKeys + "&delete=true&readLock=changed&readLockCheckInterval="
                + check + "&readLockTimeout=" + check * 20 + "&readLockMinLength=0&exclude=" + TEMPORARY
                + "&delay=" + settings.pollDelayMillis());
        from(quiet(inbox, "fetching from " + sftp.sftpUri() + "/" + sftp.sftpInbox()))
                .routeId(fetchRoute(partner.id()))
                .process(SftpRoutes::localName)
                .to("file:" + folders.folder(PartnerFolders.IN) + "?tempPrefix=.incoming-&fileExist=Fail");

        FileEndpoint out = getContext().getEndpoint("file:" + folders.folder(PartnerFolders.OUT)
                + "?idempotent=false&readLock=none&move=sent&delay=" + settings.pollDelayMillis(), FileEndpoint.class);
        from(quiet(out, "looking into " + folders.folder(PartnerFolders.OUT)))
                .routeId(sendRoute(partner.id()))
                .to(server(sftp.sftpOutbox(), hostKeys + "&tempPrefix=.&fileExist=Override"));
    }

    /**
     * A folder of the partner's server. The password is set on the endpoint, never written into its URI: URIs are
     * shown in logs, JMX and {@code camel:*} commands.
     */
    private SftpEndpoint server(String folder, String options) {
        Transport sftp = partner.transport();
        SftpEndpoint endpoint = getContext().getEndpoint(sftp.sftpUri() + "/" + folder + "?" + options,
                SftpEndpoint.class);
        endpoint.getConfiguration().setPassword(sftp.sftpPassword());
        return endpoint;
    }

    private <E extends ScheduledPollEndpoint> E quiet(E endpoint, String what) {
        return new QuietPolls("EDI partner " + partner.id() + ": " + what).applyTo(endpoint);
    }

    /** Headers from outside are dropped; the file keeps its own name, made safe for our folder. */
    static void localName(Exchange exchange) {
        Message message = exchange.getIn();
        String name = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        message.removeHeaders("Camel*");
        message.setHeader(Exchange.FILE_NAME, PartnerFolders.safeName(name == null ? "unnamed" : name));
    }

    private String hostKeys(Transport sftp) {
        if (sftp.sftpKnownHosts().isEmpty()) {
            LOG.warn("EDI partner {}: the SFTP server's key is not checked (no sftpKnownHosts); fine for a trial, not"
                    + " for production", partner.id());
            return "useUserKnownHostsFile=false&strictHostKeyChecking=no";
        }
        return "knownHostsFile=" + sftp.sftpKnownHosts() + "&strictHostKeyChecking=yes";
    }
}
