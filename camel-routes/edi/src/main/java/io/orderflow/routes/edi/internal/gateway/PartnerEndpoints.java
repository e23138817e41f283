package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.transport.Inbox;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import io.orderflow.routes.kit.QuietPolls;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every endpoint of a partner's routes, built in one place: its folders and its SFTP server. A polled endpoint gets
 * {@link QuietPolls}; the SFTP password is set on the endpoint object, never written into a URI (URIs show in logs,
 * JMX and {@code camel:*} commands).
 */
final class PartnerEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerEndpoints.class);
    /** Names partners' tools give a file while they still write it. */
    private static final String TEMPORARY = "RAW(.*\\.(tmp|part|filepart|partial|crdownload)$)";

    private final CamelContext context;
    private final Partner partner;
    private final PartnerFolders folders;
    private final GatewaySettings settings;
    private String hostKeys;

    PartnerEndpoints(CamelContext context, Partner partner, PartnerFolders folders, GatewaySettings settings) {
        this.context = context;
        this.partner = partner;
        this.folders = folders;
        this.settings = settings;
    }

    /**
     * {@code in/} as the gateway takes it. idempotent=false: the ledger, not an in-memory set, knows what was taken
     * (Camel's own repository records a file before it is moved, so a crash in between would skip it for ever).
     * Hidden files are never picked up. A file unchanged for the check interval is complete: one older than that is
     * taken without waiting. The file goes where the exchange property {@code moveTo} says.
     */
    FileEndpoint inbox(String moveTo) {
        long check = settings.readLockCheckMillis();
        return context.getEndpoint("file:" + folders.folder(PartnerFolders.IN) + "?idempotent=false&readLock=changed"
                + "&readLockCheckInterval=" + check + "&readLockMinAge=" + check + "&readLockTimeout=" + check * 20
                + "&readLockMinLength=0&readLockMarkerFile=false&excludeExt=" + Inbox.partialExtensions()
                + "&sortBy=file:modified&maxMessagesPerPoll=100&delay=" + settings.pollDelayMillis()
                + "&move=${exchangeProperty." + moveTo + "}", FileEndpoint.class);
    }

    /** {@code in/}, written under a hidden name and then renamed, never over a file of the same name. */
    FileEndpoint intoInbox() {
        return context.getEndpoint("file:" + folders.folder(PartnerFolders.IN) + "?tempPrefix=.incoming-&fileExist=Fail",
                FileEndpoint.class);
    }

    /** {@code out/} polled for what is to be put onto the partner's server, each file then kept in {@code out/sent/}. */
    FileEndpoint outboxToSend() {
        return quiet(context.getEndpoint("file:" + folders.folder(PartnerFolders.OUT)
                + "?idempotent=false&readLock=none&move=sent&delay=" + settings.pollDelayMillis(), FileEndpoint.class),
                "looking into " + folders.folder(PartnerFolders.OUT));
    }

    /** The partner's outgoing folder on its server, polled; a file is deleted there once it is safely local. */
    SftpEndpoint fetchFromServer() {
        Transport sftp = partner.transport();
        long check = settings.readLockCheckMillis();
        return quiet(server(sftp.sftpInbox(), "&delete=true&readLock=changed&readLockCheckInterval=" + check
                + "&readLockTimeout=" + check * 20 + "&readLockMinLength=0&exclude=" + TEMPORARY + "&delay="
                + settings.pollDelayMillis()), "fetching from " + sftp.sftpUri() + "/" + sftp.sftpInbox());
    }

    /** The partner's incoming folder on its server, written under a hidden name and then renamed. */
    SftpEndpoint sendToServer() {
        return server(partner.transport().sftpOutbox(), "&tempPrefix=.&fileExist=Override");
    }

    private SftpEndpoint server(String folder, String options) {
        Transport sftp = partner.transport();
        SftpEndpoint endpoint = context.getEndpoint(sftp.sftpUri() + "/" + folder + "?" + hostKeys(sftp) + options,
                SftpEndpoint.class);
        endpoint.getConfiguration().setPassword(sftp.sftpPassword());
        return endpoint;
    }

    /** Worked out once, so that its warning is said once for the partner's two SFTP routes. */
    private String hostKeys(Transport sftp) {
        if (hostKeys == null) {
            if (sftp.sftpKnownHosts().isEmpty()) {
                LOG.warn("EDI partner {}: the SFTP server's key is not checked (no sftpKnownHosts); fine for a trial,"
                        + " not for production", partner.id());
                hostKeys = "useUserKnownHostsFile=false&strictHostKeyChecking=no";
            } else {
                hostKeys = "knownHostsFile=" + sftp.sftpKnownHosts() + "&strictHostKeyChecking=yes";
            }
        }
        return hostKeys;
    }

    private <E extends ScheduledPollEndpoint> E quiet(E endpoint, String what) {
        return new QuietPolls("EDI partner " + partner.id() + ": " + what).applyTo(endpoint);
    }
}
