package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.Interchange;
import io.orderflow.routes.edi.internal.transport.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a partner's file: keeps it in the ledger, reads it, takes its interchanges one by one and answers where the
 * file goes. The same file after a crash is recognised by its key and finishes what was started; nothing is done
 * twice.
 */
public final class FileIntake {

    private static final Logger LOG = LoggerFactory.getLogger(FileIntake.class);

    private final EdiLedger ledger;
    private final EdiReader reader;
    private final InterchangeProcessor interchanges;
    private final Clock clock;

    public FileIntake(EdiLedger ledger, EdiReader reader, InterchangeProcessor interchanges, Clock clock) {
        this.ledger = ledger;
        this.reader = reader;
        this.interchanges = interchanges;
        this.clock = clock;
    }

    /** What became of a file, and the ledger document that keeps it. */
    public record Taken(long documentId, Outcome outcome) {
    }

    /**
     * @param key     tells this file from another of the same name (its size and modification time)
     * @param size    its length, checked before it is read
     * @param content its bytes, read only when the size is allowed
     */
    public Taken take(Partner partner, String name, String key, long size, long maxBytes, Supplier<byte[]> content,
                      Outbox outbox) {
        if (size > maxBytes) {
            String reason = "the file has " + size + " bytes, more than the limit of " + maxBytes;
            LOG.warn("EDI partner {}: {} refused: {}", partner.id(), name, reason);
            return new Taken(ledger.refuse(partner.id(), name, key, size, reason, clock.instant()),
                    Outcome.rejected(reason));
        }
        byte[] bytes = content.get();
        EdiLedger.Received received = ledger.receive(partner.id(), name, contentKey(key, bytes), bytes, clock.instant());
        if (received.finished()) {
            LOG.info("EDI partner {}: {} was taken before ({}), moving it where it belongs", partner.id(), name,
                    received.state());
            return new Taken(received.documentId(), new Outcome(received.state(), received.reason()));
        }
        Outcome outcome = read(partner, received.documentId(), bytes, outbox);
        ledger.finish(received.documentId(), outcome.state(), outcome.reason(), clock.instant());
        LOG.info("EDI partner {}: {} {}{}", partner.id(), name, outcome.state().toLowerCase(),
                outcome.reason() == null ? "" : ": " + outcome.reason());
        return new Taken(received.documentId(), outcome);
    }

    /**
     * Takes an inbound interchange again from the file the ledger kept, e.g. after an analyst added the item or
     * location mapping a set lacked.
     *
     * @param partners the profiles in force: the interchange's partner must still have one
     * @throws NotFoundException for no such interchange or no profile for its partner
     * @throws ConflictException when there is nothing to re-run, or the kept file no longer reads
     */
    public Outcome rerun(long interchangeId, Function<String, Partner> partners, Function<Partner, Outbox> outboxes) {
        EdiLedger.Rerun rerun = ledger.rerunnable(interchangeId);
        Partner partner = partners.apply(rerun.partner());
        if (partner == null) {
            throw new NotFoundException("partner " + rerun.partner() + " has no profile now");
        }
        List<Interchange> read;
        try {
            read = reader.read(ledger.content(rerun.documentId()), partner.strictness());
        } catch (EdiReader.UnreadableException e) {
            throw new ConflictException("the kept file of interchange " + interchangeId + " does not read: "
                    + e.getMessage());
        }
        if (read.size() <= rerun.position() || read.get(rerun.position()).envelope() == null) {
            throw new ConflictException("the kept file of interchange " + interchangeId + " no longer holds it");
        }
        ledger.startRerun(rerun, clock.instant());
        return interchanges.rerun(partner, read.get(rerun.position()), rerun, outboxes.apply(partner));
    }

    /** The ledger's key of a file read: its content's hash tells it from another of the same name, size and time. */
    public static String contentKey(String key, byte[] content) {
        return key + "|" + EdiLedger.sha256(content);
    }

    private Outcome read(Partner partner, long documentId, byte[] content, Outbox outbox) {
        List<Interchange> read;
        try {
            read = reader.read(content, partner.strictness());
        } catch (EdiReader.UnreadableException e) {
            return Outcome.rejected(e.getMessage());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            outcomes.add(interchanges.take(partner, read.get(i), documentId, i, "refusal-" + documentId + "-" + i,
                    outbox));
        }
        return Outcome.of(outcomes);
    }
}
