package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.routes.edi.internal.inbound.FileIntake;
import io.orderflow.routes.edi.internal.inbound.Departments;
import io.orderflow.routes.edi.internal.ledger.DocumentState;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.transport.Inbox;
import io.orderflow.routes.edi.internal.transport.Outbox;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import io.orderflow.routes.kit.KitRoutes;
import io.orderflow.routes.kit.QuietPolls;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.GenericFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A partner's inbound route: every regular file in its {@code in/} folder, once it has stopped growing, is taken and
 * then moved to {@code processed/}, {@code rejected/} or {@code quarantine/} under a name the ledger makes unique.
 * Before each look into the folder, whatever will not be taken (links, folders, unsafe names) is moved into
 * {@code rejected/} with its reason. A file whose handling fails stays in {@code in/} and is tried again at the next
 * look, up to the gateway's {@code maxAttempts}; then it goes to {@code rejected/} with the failure as its reason.
 * While sales is away, files are not taken and nothing counts against them; when a file needed logistics (a
 * carrier's statuses) while it was away, the partner's files wait for it the same way.
 */
final class PartnerRoutes extends KitRoutes {

    static final String MOVE_TO = "ediMoveTo";
    private static final Logger LOG = LoggerFactory.getLogger(PartnerRoutes.class);

    private final Partner partner;
    private final PartnerFolders folders;
    private final FileIntake intake;
    private final GatewaySettings settings;
    private final Outbox outbox;
    private final Departments departments;
    private final EdiLedger ledger;
    private final Clock clock;
    private final Inbox inbox;
    /** Failed attempts per file (name, size and time): a restart gives a file its attempts anew. */
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    /** A file of this partner found logistics away: its files wait until it is back. */
    private volatile boolean waitingForLogistics;

    PartnerRoutes(Partner partner, PartnerFolders folders, FileIntake intake, GatewaySettings settings, Outbox outbox,
                  Departments departments, EdiLedger ledger, Clock clock) {
        super(EdiGateway.FLOW);
        this.partner = partner;
        this.folders = folders;
        this.intake = intake;
        this.settings = settings;
        this.outbox = outbox;
        this.departments = departments;
        this.ledger = ledger;
        this.clock = clock;
        this.inbox = new Inbox(folders);
    }

    static String routeId(String partner) {
        return KitRoutes.routeId(EdiGateway.FLOW, "in", partner);
    }

    /** A failed file goes back to the consumer, which leaves it in {@code in/} for the next look. */
    @Override
    protected boolean handlesFailures() {
        return false;
    }

    @Override
    protected void routes() {
        FileEndpoint endpoint = new PartnerEndpoints(getContext(), partner, folders, settings).inbox(MOVE_TO);
        endpoint.setFilter(file -> departments.sales().present()
                && (!waitingForLogistics || departments.logistics().present())
                && Inbox.takes(((File) file.getFile()).toPath()));
        from(new SweepFirst().applyTo(endpoint)).routeId(routeId(partner.id())).process(this::take);
    }

    private void take(Exchange exchange) throws IOException {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        String name = file.getFileNameOnly();
        long size = file.getFileLength();
        String key = name + "|" + size + "|" + file.getLastModified();
        FileContent content = new FileContent(((File) file.getFile()).toPath(), settings.maxFileBytes());
        FileIntake.Taken taken;
        try {
            taken = intake.take(partner, name, key, size, settings.maxFileBytes(), content, outbox);
        } catch (RuntimeException e) {
            if (DepartmentUnavailableException.isCause(e) || !departments.sales().present()) {
                // with sales there, the department away is logistics
                if (departments.sales().present() && !departments.logistics().present() && !waitingForLogistics) {
                    waitingForLogistics = true;
                    LOG.warn("EDI partner {}: {} brings carrier statuses and logistics is away; the partner's files"
                            + " wait in in/ until it is back", partner.id(), name);
                }
                throw e; // not the file's failure: it waits in in/ for the department to come back
            }
            int attempts = failures.merge(key, 1, Integer::sum);
            if (attempts < settings.maxAttempts()) {
                LOG.warn("EDI partner {}: {} failed (attempt {} of {}), tried again at the next look: {}", partner.id(),
                        name, attempts, settings.maxAttempts(), e.toString());
                throw e;
            }
            failures.remove(key);
            String reason = "handling the file failed " + attempts + " times; the last failure: " + e;
            LOG.error("EDI partner {}: {} moved to rejected/: {}", partner.id(), name, reason, e);
            String ledgerKey = content.read == null ? key : FileIntake.contentKey(key, content.read);
            moveTo(exchange, PartnerFolders.REJECTED, recordRefusal(name, ledgerKey, size, reason) + "-"
                    + PartnerFolders.safeName(name), name, reason);
            return;
        }
        failures.remove(key);
        waitingForLogistics = false;
        String folder = switch (taken.outcome().state()) {
            case DocumentState.REJECTED -> PartnerFolders.REJECTED;
            case DocumentState.QUARANTINED -> PartnerFolders.QUARANTINE;
            default -> PartnerFolders.PROCESSED;
        };
        moveTo(exchange, folder, taken.documentId() + "-" + PartnerFolders.safeName(name), name,
                taken.outcome().reason());
    }

    /**
     * A file's bytes, read once and without following a link: the file was looked at when the folder was listed, and
     * a link put in its place while Camel waited for it to stop growing must not be read.
     */
    private static final class FileContent implements Supplier<byte[]> {
        private final Path path;
        private final long maxBytes;
        private byte[] read;

        FileContent(Path path, long maxBytes) {
            this.path = path;
            this.maxBytes = maxBytes;
        }

        @Override
        public byte[] get() {
            if (read == null) {
                try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                    read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path.getFileName() + " as a plain file", e);
                }
            }
            return read;
        }
    }

    /** The file goes to {@code folder} under {@code target}; its whole reason, if any, beside it. */
    private void moveTo(Exchange exchange, String folder, String target, String name, String reason)
            throws IOException {
        if (reason != null) {
            writeReason(folders.folder(folder).resolve(target), name, reason);
        }
        exchange.setProperty(MOVE_TO, "../" + folder + "/" + target);
    }

    /** The ledger's document for a file refused without being read; a timestamp when the ledger cannot be reached. */
    private String recordRefusal(String name, String key, long size, String reason) {
        try {
            return String.valueOf(ledger.refuse(partner.id(), name, key, size, reason, clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("EDI partner {}: the refusal of {} is not in the ledger: {}", partner.id(), name, e.toString());
            return "failed-" + clock.millis();
        }
    }

    private static void writeReason(Path file, String name, String reason) throws IOException {
        Files.writeString(file.resolveSibling(file.getFileName() + ".reason.txt"),
                name + ": " + reason + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** Before each look into {@code in/}: what will not be taken goes to {@code rejected/}, recorded in the ledger. */
    private final class SweepFirst extends QuietPolls {

        SweepFirst() {
            super("EDI partner " + partner.id() + ": looking into " + folders.folder(PartnerFolders.IN));
        }

        @Override
        protected void beforePoll() throws IOException {
            for (Inbox.Refused refused : inbox.sweep()) {
                LOG.warn("EDI partner {}: {} moved to rejected/: {}", partner.id(), refused.name(), refused.reason());
                writeReason(refused.movedTo(), refused.name(), refused.reason());
                recordRefusal(refused.name(), refused.movedTo().getFileName().toString(), 0, refused.reason());
            }
        }
    }
}
