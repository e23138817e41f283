package io.orderflow.routes.edi.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The EDI ledger's persistence on an in-memory Derby ({@link InMemoryDepartment#withoutUnit}: plain JDBC, the
 * shipped {@code db/EDI} migrations and the platform's own transactions): {@link EdiLedger} and {@link LedgerViews}
 * built through their constructors, taken through the steps the inbound route takes for one interchange.
 */
class EdiLedgerPersistenceTest {

    private static final String PARTNER = "ACME";
    private static final Instant ARRIVED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant TAKEN = ARRIVED.plusSeconds(2);
    private static final InterchangeHeader HEADER = new InterchangeHeader("000000101", "X12", "00401", "850", 1,
            List.of());
    /** The ledger keeps a file's bytes without reading them: any bytes do. */
    private static final byte[] FILE = "ISA*00*...*000000101~ST*850*0001~BEG*00*SA*PO-1001~".getBytes(
            StandardCharsets.US_ASCII);

    private static final List<List<ItemNumber>> LINE_ITEMS = List.of(
            List.of(new ItemNumber("BP", "NW-4711"), new ItemNumber("UP", "012345678905")), List.of());

    private final InMemoryDepartment derby = InMemoryDepartment.withoutUnit("edi");
    private final EdiLedger ledger = new EdiLedger(derby.migrations(), derby.transactions());
    private final LedgerViews views = new LedgerViews(derby.migrations(), derby.transactions());
    private final Map<String, byte[]> partnerOutbox = new LinkedHashMap<>();

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static RenderedFile.Renderer acknowledgement997() {
        return control -> RenderedFile.named("997", Standard.X12, control,
                ("ISA*...*" + control + "~AK1*PO*1~AK9*A*1*1*1~").getBytes(StandardCharsets.US_ASCII));
    }

    /** One file with one interchange giving one order, acknowledged, as the inbound route takes it. */
    private EdiLedger.Begun takeOneFile() {
        EdiLedger.Received received = ledger.receive(PARTNER, "po-1001.x12", "po-1001.x12|52|1", FILE, ARRIVED);
        EdiLedger.Begun begun = ledger.begin(PARTNER, HEADER, received.documentId(), 0, ARRIVED);
        ledger.ordersCreated(begun.interchangeId(), 1, List.of(new OrderLink("SO-2026-000001", PARTNER,
                begun.interchangeId(), "0001", "PO-1001", List.of("1", "2"), LINE_ITEMS)), TAKEN);
        ledger.deliver(ledger.acknowledgement(begun.interchangeId(), PARTNER, acknowledgement997(), TAKEN),
                partnerOutbox::put, TAKEN);
        ledger.complete(begun.interchangeId(), true, null, TAKEN);
        ledger.finish(received.documentId(), DocumentState.PROCESSED, null, TAKEN);
        return begun;
    }

    @Test
    void aReceivedInterchangeIsKeptWithItsFileOrderAndAcknowledgement() {
        EdiLedger.Begun begun = takeOneFile();

        assertFalse(begun.duplicate());
        InterchangeView kept = views.interchange(begun.interchangeId()).orElseThrow();
        assertEquals(List.of(EdiLedger.IN, "000000101", InterchangeState.ACKNOWLEDGED),
                List.of(kept.direction(), kept.controlNumber(), kept.state()));
        assertEquals(List.of("SO-2026-000001"), kept.orders());
        assertEquals(1, kept.acceptedSets());
        assertEquals(TAKEN, kept.updatedAt());

        StoredFile file = views.document(kept.documentId()).orElseThrow();
        assertArrayEquals(FILE, file.content());
        assertEquals(DocumentState.PROCESSED, file.state());

        StoredFile ack = views.document(kept.acknowledgementId()).orElseThrow();
        assertEquals("997-000000001.x12", ack.name()); // our first control number for the partner
        assertEquals(DocumentState.WRITTEN, ack.state());
        assertEquals(List.of(ack.name()), List.copyOf(partnerOutbox.keySet()));
        assertArrayEquals(ack.content(), partnerOutbox.get(ack.name()));

        // the partner's item numbers come back per line, the line that had none included, for the dispatch advice
        assertEquals(new OrderLink("SO-2026-000001", PARTNER, begun.interchangeId(), "0001", "PO-1001",
                List.of("1", "2"), LINE_ITEMS), ledger.link("SO-2026-000001").orElseThrow());
        assertEquals(List.of(new PartnerCounts(PARTNER, 1, 1, 0, 0, 0, 1)), views.counts());
        // asked again (a re-run after a crash), the acknowledgement is the one kept: no new control number
        assertEquals(ack.documentId(), ledger.acknowledgement(begun.interchangeId(), PARTNER, control -> {
            throw new AssertionError("rendered again with control number " + control);
        }, TAKEN).documentId());
    }

    @Test
    void theSameFileOrTheSameInterchangeInAnotherFileIsRecognised() {
        EdiLedger.Begun first = takeOneFile();
        long firstFile = views.interchange(first.interchangeId()).orElseThrow().documentId();
        Instant later = TAKEN.plusSeconds(60);

        EdiLedger.Received sameFile = ledger.receive(PARTNER, "po-1001.x12", "po-1001.x12|52|1", FILE, later);
        assertEquals(firstFile, sameFile.documentId());
        assertTrue(sameFile.finished());

        EdiLedger.Received resent = ledger.receive(PARTNER, "po-1001-again.x12", "po-1001-again.x12|52|2", FILE,
                later);
        EdiLedger.Begun again = ledger.begin(PARTNER, HEADER, resent.documentId(), 0, later);
        assertTrue(again.duplicate());
        assertTrue(again.finished());
        assertEquals(first.interchangeId(), again.interchangeId());
        assertEquals(1, views.interchange(first.interchangeId()).orElseThrow().duplicates());
        // answered again with the acknowledgement sent the first time
        assertArrayEquals(partnerOutbox.get("997-000000001.x12"),
                ledger.acknowledgementOf(again.interchangeId()).orElseThrow().content());

        EdiLedger.Begun rerun = ledger.begin(PARTNER, HEADER, firstFile, 0, later); // the first file, taken again
        assertFalse(rerun.duplicate());
        assertTrue(rerun.finished());
        assertEquals(1, views.interchange(first.interchangeId()).orElseThrow().duplicates());
        assertEquals(1, views.interchanges(PARTNER, EdiLedger.IN, null, 10).size());
    }
}
