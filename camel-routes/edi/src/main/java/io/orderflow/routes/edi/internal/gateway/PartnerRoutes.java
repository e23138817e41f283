package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.routes.edi.internal.inbound.FileIntake;
import io.orderflow.routes.edi.internal.ledger.DocumentState;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.transport.Outbox;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;

/**
 * A partner's inbound route: every regular file in its {@code in/} folder, once it has stopped growing, is taken and
 * then moved to {@code processed/}, {@code rejected/} or {@code quarantine/} under a name the ledger makes unique.
 * A file whose processing fails (the database away) stays in {@code in/} and is tried again at the next poll.
 */
final class PartnerRoutes extends RouteBuilder {

    static final String MOVE_TO = "ediMoveTo";

    private final Partner partner;
    private final PartnerFolders folders;
    private final FileIntake intake;
    private final GatewaySettings settings;
    private final Outbox outbox;

    PartnerRoutes(Partner partner, PartnerFolders folders, FileIntake intake, GatewaySettings settings, Outbox outbox) {
        this.partner = partner;
        this.folders = folders;
        this.intake = intake;
        this.settings = settings;
        this.outbox = outbox;
    }

    static String routeId(String partner) {
        return "edi-in-" + partner;
    }

    @Override
    public void configure() {
        // idempotent=false: the ledger, not an in-memory set, knows what was taken (Camel's own repository records a
        // file before it is moved, so a crash in between would skip it for ever). Hidden files are never picked up.
        // A file unchanged for the check interval is complete: one older than that is taken without waiting.
        long check = settings.readLockCheckMillis();
        from("file:" + folders.folder(PartnerFolders.IN) + "?idempotent=false&readLock=changed"
                + "&readLockCheckInterval=" + check + "&readLockMinAge=" + check + "&readLockTimeout=" + check * 20
                + "&readLockMinLength=0&readLockMarkerFile=false"
                + "&excludeExt=tmp,part,filepart,partial,crdownload&sortBy=file:modified&maxMessagesPerPoll=100"
                + "&delay=" + settings.pollDelayMillis() + "&move=${exchangeProperty." + MOVE_TO + "}")
                .routeId(routeId(partner.id()))
                .process(this::take);
    }

    private void take(Exchange exchange) throws IOException {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        String name = file.getFileNameOnly();
        long size = file.getFileLength();
        FileIntake.Taken taken = intake.take(partner, name, name + "|" + size + "|" + file.getLastModified(), size,
                settings.maxFileBytes(), () -> exchange.getIn().getBody(byte[].class), outbox);
        String folder = switch (taken.outcome().state()) {
            case DocumentState.REJECTED -> PartnerFolders.REJECTED;
            case DocumentState.QUARANTINED -> PartnerFolders.QUARANTINE;
            default -> PartnerFolders.PROCESSED;
        };
        String target = taken.documentId() + "-" + PartnerFolders.safeName(name);
        if (taken.outcome().reason() != null) {
            Files.writeString(folders.folder(folder).resolve(target + ".reason.txt"), name + ": "
                    + taken.outcome().reason() + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        exchange.setProperty(MOVE_TO, "../" + folder + "/" + target);
    }
}
