package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import io.orderflow.routes.edi.internal.transport.Outbox;
import io.orderflow.routes.kit.Rows;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows every file and interchange through its states, so that a re-run after a crash, or the same file again,
 * finds what was done and does nothing twice. Each step is one short transaction; the files written are kept here
 * first, so that writing one again writes the same bytes under the same name.
 */
@Component(service = EdiLedger.class)
public final class EdiLedger {

    static final int MAX_REASON = 4000;

    public static final String IN = "IN";
    public static final String OUT = "OUT";
    /** X12 interchange control numbers have nine digits. */
    private static final long LAST_CONTROL_NUMBER = 999_999_999L;

    private final EdiDatabase db;

    @Activate
    public EdiLedger(@Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new EdiDatabase(migrations, transactions);
    }

    /** A file that came in, and how far it got. */
    public record Received(long documentId, String state, String reason) {
        public boolean finished() {
            return !DocumentState.RECEIVED.equals(state);
        }
    }

    /** Records a file that came in, or finds it when the same file (same key) was recorded before. */
    public Received receive(String partner, String name, String key, byte[] content, Instant now) {
        return db.tx(tx -> {
            Optional<Received> earlier = received(tx, partner, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            long id = Rows.insert(tx, "INSERT INTO EDI.DOCUMENT (PARTNER, DIRECTION, NAME, FILE_KEY, SIZE_BYTES, SHA256,"
                            + " STATE, CONTENT, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partner, IN,
                    name, key, (long) content.length, sha256(content), DocumentState.RECEIVED, content, now, now);
            return new Received(id, DocumentState.RECEIVED, null);
        });
    }

    /**
     * Records a file refused: before it could be kept (too large, not a file), or after its handling failed too often.
     * A file already kept under this key and not finished is marked rejected with the reason; otherwise its name and
     * the reason are kept, not its bytes.
     */
    public long refuse(String partner, String name, String key, long size, String reason, Instant now) {
        return db.tx(tx -> {
            Optional<Received> earlier = received(tx, partner, key);
            if (earlier.isPresent()) {
                if (!earlier.get().finished()) {
                    Rows.update(tx, "UPDATE EDI.DOCUMENT SET STATE = ?, REASON = ?, UPDATED_AT = ? WHERE ID = ?",
                            DocumentState.REJECTED, bounded(reason), now, earlier.get().documentId());
                }
                return earlier.get().documentId();
            }
            return Rows.insert(tx, "INSERT INTO EDI.DOCUMENT (PARTNER, DIRECTION, NAME, FILE_KEY, SIZE_BYTES, STATE,"
                            + " REASON, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", partner, IN, name,
                    key, size, DocumentState.REJECTED, bounded(reason), now, now);
        });
    }

    /** The outcome of a file that came in: {@link DocumentState#PROCESSED}, REJECTED or QUARANTINED. */
    public void finish(long documentId, String state, String reason, Instant now) {
        db.tx(tx -> Rows.update(tx, "UPDATE EDI.DOCUMENT SET STATE = ?, REASON = ?, UPDATED_AT = ? WHERE ID = ?",
                state, bounded(reason), now, documentId));
    }

    /**
     * Where an arriving interchange stands.
     *
     * @param duplicate true when it was recorded from another file, or from another place of this one
     * @param reason    why it was rejected, when it was
     */
    public record Begun(long interchangeId, String state, boolean duplicate, String reason) {

        public boolean finished() {
            return InterchangeState.finished(state);
        }
    }

    /**
     * Records an interchange that arrives in a document, or finds it when it was recorded before: taken again from
     * the same place of the same file (a re-run), or brought again by another file or another place in the same
     * file (a duplicate).
     *
     * @param position the interchange's place among those of the file, from 0
     */
    public Begun begin(String partner, InterchangeHeader header, long documentId, int position, Instant now) {
        // two files bringing the same interchange at once: the second finds what the first recorded
        return db.txFirstInsert(tx -> beginIn(tx, partner, header, documentId, position, now));
    }

    private static Begun beginIn(Connection tx, String partner, InterchangeHeader header, long documentId,
                                 int position, Instant now) throws SQLException {
        Optional<Begun> earlier = Rows.one(tx, "SELECT ID, STATE, DOCUMENT_ID, POSITION, REASON FROM EDI.INTERCHANGE"
                        + " WHERE PARTNER = ? AND DIRECTION = ? AND CONTROL_NO = ?", row -> {
                    boolean sameArrival = row.getLong("DOCUMENT_ID") == documentId && row.getInt("POSITION") == position;
                    return new Begun(row.getLong("ID"), row.getString("STATE"), !sameArrival, row.getString("REASON"));
                },
                partner, IN, header.controlNumber());
        if (earlier.isPresent()) {
            if (earlier.get().duplicate()) {
                Rows.update(tx, "UPDATE EDI.INTERCHANGE SET DUPLICATES = DUPLICATES + 1, UPDATED_AT = ? WHERE ID = ?",
                        now, earlier.get().interchangeId());
            }
            return earlier.get();
        }
        long id = Rows.insert(tx, "INSERT INTO EDI.INTERCHANGE (PARTNER, DIRECTION, CONTROL_NO, STANDARD, VERSION,"
                        + " MESSAGES, DOCUMENT_ID, POSITION, STATE, SETS, ACCEPTED_SETS, WARNINGS, CREATED_AT,"
                        + " UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", partner, IN, header.controlNumber(),
                header.standard(), header.version(), header.messages(), documentId, position,
                InterchangeState.RECEIVED, header.sets(),
                header.warnings().isEmpty() ? null : String.join("\n", header.warnings()), now, now);
        return new Begun(id, InterchangeState.RECEIVED, false, null);
    }

    /**
     * An inbound interchange taken again from its kept file, e.g. after an analyst added the mapping a set lacked.
     *
     * @param number        this re-run's number, from 1: sales sees the sets under a reference of the re-run's own
     * @param position      the interchange's place in its file
     */
    public record Rerun(long interchangeId, String partner, String controlNumber, long documentId, int position,
                        int number) {
    }

    /**
     * What a re-run of an inbound interchange would take.
     *
     * @throws NotFoundException when there is no such inbound interchange
     * @throws ConflictException when every set of it was taken, or its file is being taken now
     */
    public Rerun rerunnable(long interchangeId) {
        return db.tx(tx -> Rows.one(tx, "SELECT I.*, D.STATE AS FILE_STATE FROM EDI.INTERCHANGE I"
                + " JOIN EDI.DOCUMENT D ON D.ID = I.DOCUMENT_ID WHERE I.ID = ? AND I.DIRECTION = ?", row -> {
                    if (DocumentState.RECEIVED.equals(row.getString("FILE_STATE"))) {
                        throw new ConflictException("interchange " + interchangeId + " is being taken now");
                    }
                    if (InterchangeState.ACKNOWLEDGED.equals(row.getString("STATE"))
                            && row.getInt("ACCEPTED_SETS") == row.getInt("SETS")) {
                        throw new ConflictException("every set of interchange " + interchangeId
                                + " was taken: there is nothing to re-run");
                    }
                    return new Rerun(interchangeId, row.getString("PARTNER"), row.getString("CONTROL_NO"),
                            row.getLong("DOCUMENT_ID"), row.getInt("POSITION"), row.getInt("RERUNS") + 1);
                }, interchangeId, IN)
                .orElseThrow(() -> new NotFoundException("no inbound interchange " + interchangeId)));
    }

    /**
     * Starts a re-run: the interchange is taken again as received, without its refusals and acknowledgement, so that
     * its sets are offered again and answered under a new control number. The duplicate policy is not asked: the
     * partner sent nothing new.
     *
     * @throws ConflictException when another re-run of it started first
     */
    public void startRerun(Rerun rerun, Instant now) {
        int started = db.tx(tx -> Rows.update(tx, "UPDATE EDI.INTERCHANGE SET STATE = ?, REFUSALS = NULL,"
                + " ACK_DOCUMENT_ID = NULL, RERUNS = ?, UPDATED_AT = ? WHERE ID = ? AND RERUNS = ?",
                InterchangeState.RECEIVED, rerun.number(), now, rerun.interchangeId(), rerun.number() - 1));
        if (started == 0) {
            throw new ConflictException("interchange " + rerun.interchangeId() + " is being re-run already");
        }
    }

    /** The bytes of a file kept in the ledger. */
    public byte[] content(long documentId) {
        return db.tx(tx -> Rows.one(tx, "SELECT CONTENT FROM EDI.DOCUMENT WHERE ID = ?", row -> row.getBytes(1),
                documentId)).orElse(new byte[0]);
    }

    /** A functional group as a partner numbers it (GS01 and GS06, UNG01 and UNG05). */
    public record GroupKey(String functionalId, String controlNumber) {
    }

    /**
     * Records the interchange's functional groups and answers those another interchange of the partner brought
     * before, with that interchange's id: a group sent again meets the partner's duplicate policy.
     */
    public Map<GroupKey, Long> repeatedGroups(String partner, long interchangeId, List<GroupKey> groups) {
        // two files bringing the same group at once: the second finds what the first recorded
        return db.txFirstInsert(tx -> {
            Map<GroupKey, Long> repeated = new LinkedHashMap<>();
            for (GroupKey group : groups) {
                Optional<Long> first = Rows.one(tx, "SELECT INTERCHANGE_ID FROM EDI.INBOUND_GROUP WHERE PARTNER = ?"
                        + " AND FUNCTIONAL_ID = ? AND CONTROL_NO = ?", row -> row.getLong(1), partner,
                        group.functionalId(), group.controlNumber());
                if (first.isEmpty()) {
                    Rows.update(tx, "INSERT INTO EDI.INBOUND_GROUP (PARTNER, FUNCTIONAL_ID, CONTROL_NO, INTERCHANGE_ID)"
                            + " VALUES (?, ?, ?, ?)", partner, group.functionalId(), group.controlNumber(), interchangeId);
                } else if (first.get() != interchangeId) {
                    repeated.put(group, first.get());
                }
            }
            return repeated;
        });
    }

    /** One transaction set order intake refused: its index among the sets offered first, the field and why. */
    public record Refusal(int set, String field, String problem) {
    }

    /** What order intake refused of the interchange so far; empty before it was asked. */
    public List<Refusal> refusals(long interchangeId) {
        return db.tx(tx -> Rows.one(tx, "SELECT REFUSALS FROM EDI.INTERCHANGE WHERE ID = ?",
                        row -> Objects.toString(row.getString(1), ""), interchangeId).filter(text -> !text.isEmpty())
                .map(text -> text.lines().map(line -> line.split("\t", 3))
                        .map(cells -> new Refusal(Integer.parseInt(cells[0]), cells[1], cells[2])).toList())
                .orElse(List.of()));
    }

    /** Keeps what order intake refused, before the rest is offered again. */
    public void refused(long interchangeId, List<Refusal> refusals, Instant now) {
        String text = refusals.stream().map(r -> r.set() + "\t" + r.field() + "\t"
                + r.problem().replaceAll("\\s+", " ")).collect(Collectors.joining("\n"));
        db.tx(tx -> Rows.update(tx, "UPDATE EDI.INTERCHANGE SET REFUSALS = ?, UPDATED_AT = ? WHERE ID = ?", text, now,
                interchangeId));
    }

    /** Records the orders an interchange gave, and which partner order each one is. */
    public void ordersCreated(long interchangeId, int acceptedSets, List<OrderLink> links, Instant now) {
        db.tx(tx -> {
            for (OrderLink link : links) {
                if (Rows.one(tx, "SELECT 1 FROM EDI.ORDER_LINK WHERE ORDER_NO = ?", row -> 1, link.orderNumber())
                        .isEmpty()) {
                    Rows.update(tx, "INSERT INTO EDI.ORDER_LINK (ORDER_NO, PARTNER, INTERCHANGE_ID, TRANSACTION_SET,"
                                    + " CUSTOMER_PO, LINE_IDS, LINE_ITEMS) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            link.orderNumber(), link.partner(), interchangeId, link.transactionSet(),
                            link.customerPo(), String.join(",", link.lineIds()), lineItems(link.lineItems()));
                }
            }
            String orders = String.join(",", links.stream().map(OrderLink::orderNumber).toList());
            return Rows.update(tx, "UPDATE EDI.INTERCHANGE SET STATE = ?, ACCEPTED_SETS = ?, ORDERS = ?, UPDATED_AT = ?"
                            + " WHERE ID = ? AND STATE = ?", InterchangeState.ORDERS_CREATED, acceptedSets,
                    orders.isEmpty() ? null : orders, now, interchangeId, InterchangeState.RECEIVED);
        });
    }

    /**
     * The acknowledgement of an inbound interchange: rendered with our next control number the first time, the
     * stored one ever after.
     */
    public StoredFile acknowledgement(long interchangeId, String partner, RenderedFile.Renderer renderer, Instant now) {
        return db.tx(tx -> {
            Optional<StoredFile> stored = storedAcknowledgement(tx, interchangeId);
            if (stored.isPresent()) {
                return stored.get();
            }
            RenderedFile file = renderer.render(nextControlNumber(tx, partner));
            long documentId = outboundDocument(tx, partner, file.name(), file, now);
            Rows.update(tx, "UPDATE EDI.INTERCHANGE SET ACK_DOCUMENT_ID = ?, UPDATED_AT = ? WHERE ID = ?", documentId,
                    now, interchangeId);
            return new StoredFile(documentId, file.name(), file.content(), DocumentState.PREPARED);
        });
    }

    /**
     * An acknowledgement that refuses a whole interchange (TA1, CONTRL) before the ledger took it: rendered the first
     * time, the stored one when the same file is taken again after a crash.
     *
     * @param key names the refusal uniquely, e.g. by the document and the interchange's place in it
     */
    public StoredFile refusal(String partner, String key, RenderedFile.Renderer renderer, Instant now) {
        return db.tx(tx -> {
            Optional<StoredFile> stored = Rows.one(tx, "SELECT ID, NAME, CONTENT, STATE FROM EDI.DOCUMENT"
                    + " WHERE PARTNER = ? AND DIRECTION = ? AND FILE_KEY = ?", EdiLedger::storedFile, partner, OUT, key);
            if (stored.isPresent()) {
                return stored.get();
            }
            RenderedFile file = renderer.render(nextControlNumber(tx, partner));
            long documentId = outboundDocument(tx, partner, key, file, now);
            return new StoredFile(documentId, file.name(), file.content(), DocumentState.PREPARED);
        });
    }

    /** The acknowledgement written earlier for the partner's interchange, for a duplicate to be answered again. */
    public Optional<StoredFile> acknowledgementOf(long interchangeId) {
        return db.tx(tx -> storedAcknowledgement(tx, interchangeId));
    }

    private static Optional<StoredFile> storedAcknowledgement(Connection tx, long interchangeId) throws SQLException {
        return Rows.one(tx, "SELECT D.ID, D.NAME, D.CONTENT, D.STATE FROM EDI.INTERCHANGE I"
                + " JOIN EDI.DOCUMENT D ON D.ID = I.ACK_DOCUMENT_ID WHERE I.ID = ?", EdiLedger::storedFile, interchangeId);
    }

    /** An inbound interchange is finished: acknowledged when any of its sets was taken, otherwise rejected. */
    public void complete(long interchangeId, boolean taken, String reason, Instant now) {
        db.tx(tx -> Rows.update(tx, "UPDATE EDI.INTERCHANGE SET STATE = ?, REASON = ?, UPDATED_AT = ? WHERE ID = ?",
                taken ? InterchangeState.ACKNOWLEDGED : InterchangeState.REJECTED, bounded(reason), now, interchangeId));
    }

    /** An inbound interchange of acknowledgements that answer nothing we sent: kept, and listed by its state. */
    public void unmatched(long interchangeId, String reason, Instant now) {
        db.tx(tx -> Rows.update(tx, "UPDATE EDI.INTERCHANGE SET STATE = ?, REASON = ?, UPDATED_AT = ? WHERE ID = ?",
                InterchangeState.UNMATCHED, bounded(reason), now, interchangeId));
    }

    /** Writes a kept file into the outbox and records it, unless it was written before: the partner may have it. */
    public void deliver(StoredFile file, Outbox outbox, Instant now) {
        if (!DocumentState.WRITTEN.equals(file.state())) {
            deliverAgain(file, outbox, now);
        }
    }

    /** Writes a kept file into the outbox (again) and records it. */
    public void deliverAgain(StoredFile file, Outbox outbox, Instant now) {
        outbox.write(file.name(), file.content());
        written(file.documentId(), now);
    }

    /** A file we wrote is in the partner's outbox. */
    public void written(long documentId, Instant now) {
        db.tx(tx -> Rows.update(tx, "UPDATE EDI.DOCUMENT SET STATE = ?, UPDATED_AT = ? WHERE ID = ?",
                DocumentState.WRITTEN, now, documentId));
    }

    /** The partner order behind a sales order, when it came by EDI. */
    public Optional<OrderLink> link(String orderNumber) {
        return db.tx(tx -> Rows.one(tx, "SELECT * FROM EDI.ORDER_LINK WHERE ORDER_NO = ?", row -> new OrderLink(
                row.getString("ORDER_NO"), row.getString("PARTNER"), row.getLong("INTERCHANGE_ID"),
                row.getString("TRANSACTION_SET"), row.getString("CUSTOMER_PO"),
                List.of(row.getString("LINE_IDS").split(",", -1)), lineItems(row.getString("LINE_ITEMS"))),
                orderNumber));
    }

    /**
     * The lines' item numbers as ORDER_LINK keeps them: a line of text per order line, its numbers separated by tabs,
     * each {@code qualifier:number}. Control characters cannot be written back to the partner, so none is kept.
     */
    private static String lineItems(List<List<ItemNumber>> lines) {
        return lines.stream().map(items -> items.stream()
                        .map(item -> item.qualifier().replaceAll("[\\p{Cntrl}:]", "") + ":"
                                + item.number().replaceAll("\\p{Cntrl}", ""))
                        .collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    private static List<List<ItemNumber>> lineItems(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Stream.of(text.split("\n", -1)).map(line -> line.isEmpty() ? List.<ItemNumber>of()
                : Stream.of(line.split("\t")).map(item -> item.split(":", 2))
                        .map(parts -> new ItemNumber(parts[0], parts[1])).toList()).toList();
    }

    /**
     * The outbound interchange that answers an event: rendered and recorded with our next control number the first
     * time, the stored one when the event comes again.
     */
    public StoredFile outbound(String partner, UUID causeEvent, InterchangeHeader kind, Instant ackDue,
                               RenderedFile.Renderer renderer, Instant now) {
        return db.tx(tx -> {
            Optional<StoredFile> stored = Rows.one(tx, "SELECT D.ID, D.NAME, D.CONTENT, D.STATE FROM EDI.INTERCHANGE I"
                    + " JOIN EDI.DOCUMENT D ON D.ID = I.DOCUMENT_ID WHERE I.CAUSE_EVENT = ?", EdiLedger::storedFile,
                    causeEvent.toString());
            if (stored.isPresent()) {
                return stored.get();
            }
            long controlNumber = nextControlNumber(tx, partner);
            RenderedFile file = renderer.render(controlNumber);
            long documentId = outboundDocument(tx, partner, file.name(), file, now);
            Rows.insert(tx, "INSERT INTO EDI.INTERCHANGE (PARTNER, DIRECTION, CONTROL_NO, STANDARD, VERSION, MESSAGES,"
                            + " DOCUMENT_ID, POSITION, STATE, SETS, ACCEPTED_SETS, CAUSE_EVENT, ACK_DUE_AT, CREATED_AT,"
                            + " UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?, ?, ?, ?)", partner, OUT,
                    String.valueOf(controlNumber), kind.standard(), kind.version(), kind.messages(), documentId,
                    InterchangeState.SENT, kind.sets(), causeEvent.toString(), ackDue, now, now);
            return new StoredFile(documentId, file.name(), file.content(), DocumentState.PREPARED);
        });
    }

    /**
     * The partner acknowledged one of our interchanges.
     *
     * @param accepted the sets accepted, given the number of sets we sent
     * @return false when we sent no such interchange
     */
    public boolean partnerAcknowledged(String partner, String controlNumber, String state, IntUnaryOperator accepted,
                                       Instant now) {
        return db.tx(tx -> {
            Optional<long[]> sent = Rows.one(tx, "SELECT ID, SETS FROM EDI.INTERCHANGE WHERE PARTNER = ?"
                            + " AND DIRECTION = ? AND CONTROL_NO = ?", row -> new long[] {row.getLong(1), row.getInt(2)},
                    partner, OUT, stripZeros(controlNumber));
            if (sent.isEmpty()) {
                return false;
            }
            Rows.update(tx, "UPDATE EDI.INTERCHANGE SET STATE = ?, ACCEPTED_SETS = ?, ACK_RECEIVED_AT = ?,"
                    + " UPDATED_AT = ? WHERE ID = ?", state, accepted.applyAsInt((int) sent.get()[1]), now, now,
                    sent.get()[0]);
            return true;
        });
    }

    private static String stripZeros(String controlNumber) {
        return controlNumber.strip().replaceFirst("^0+(?=.)", "");
    }

    private static Optional<Received> received(Connection tx, String partner, String key) throws SQLException {
        return Rows.one(tx, "SELECT ID, STATE, REASON FROM EDI.DOCUMENT WHERE PARTNER = ? AND DIRECTION = ?"
                        + " AND FILE_KEY = ?", row -> new Received(row.getLong("ID"), row.getString("STATE"),
                        row.getString("REASON")), partner, IN, key);
    }

    private static long outboundDocument(Connection tx, String partner, String key, RenderedFile file, Instant now)
            throws SQLException {
        return Rows.insert(tx, "INSERT INTO EDI.DOCUMENT (PARTNER, DIRECTION, NAME, FILE_KEY, SIZE_BYTES, SHA256, STATE,"
                        + " CONTENT, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partner, OUT,
                file.name(), key, (long) file.content().length, sha256(file.content()),
                DocumentState.PREPARED, file.content(), now, now);
    }

    /**
     * Our next control number for the partner. The UPDATE comes first: it holds the row's lock until commit, so two
     * writers (the partner's route and an order response) cannot both take the same number.
     */
    private static long nextControlNumber(Connection tx, String partner) throws SQLException {
        if (Rows.update(tx, "UPDATE EDI.CONTROL_NUMBER SET LAST_NO = CASE WHEN LAST_NO >= " + LAST_CONTROL_NUMBER
                + " THEN 1 ELSE LAST_NO + 1 END WHERE PARTNER = ?", partner) == 0) {
            // the partner's first number; a writer racing here fails on the key, and its file or event is taken again
            Rows.update(tx, "INSERT INTO EDI.CONTROL_NUMBER (PARTNER, LAST_NO) VALUES (?, 1)", partner);
            return 1;
        }
        return Rows.one(tx, "SELECT LAST_NO FROM EDI.CONTROL_NUMBER WHERE PARTNER = ?", row -> row.getLong(1), partner)
                .orElseThrow();
    }

    private static StoredFile storedFile(java.sql.ResultSet row) throws SQLException {
        return new StoredFile(row.getLong("ID"), row.getString("NAME"), row.getBytes("CONTENT"), row.getString("STATE"));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * A reason as the ledger keeps it: at most {@value #MAX_REASON} characters and the count of the rest, which the
     * file's {@code .reason.txt} beside it holds whole.
     */
    static String bounded(String reason) {
        if (reason == null || reason.length() <= MAX_REASON) {
            return reason;
        }
        return reason.substring(0, MAX_REASON) + "… (" + (reason.length() - MAX_REASON)
                + " more characters: the whole reason is in the file's .reason.txt)";
    }
}
