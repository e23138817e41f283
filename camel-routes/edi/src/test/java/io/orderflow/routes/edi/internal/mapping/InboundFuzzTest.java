package io.orderflow.routes.edi.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.orderflow.platform.api.Money;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.syntax.Acknowledgements;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.Interchange;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import io.orderflow.routes.edi.internal.syntax.Verdict;
import io.orderflow.masterdata.api.Product;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Any bytes a partner may send: reading either refuses the file as unreadable or gives interchanges; every order set
 * in them maps to an order draft, with problems that name where they are and a place to report sales' objections;
 * and the acknowledgement we would write for a
 * readable envelope reads back with a clean envelope. The seed corpus (in {@code InboundFuzzTestInputs}) is replayed
 * in every build; {@code -Pfuzz} fuzzes for two minutes.
 */
class InboundFuzzTest {

    private static final EdiReader READER = new EdiReader();
    private static final MasterData MASTER_DATA = new MasterDataTables(code -> Optional.of(new Product(code, code,
            "PCS", new Money(new BigDecimal("10.00"), "CNY"), 5, false, "STANDARD")));
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 30);

    @FuzzTest(maxDuration = "2m")
    void readMapAndAcknowledge(byte[] file) {
        List<Interchange> interchanges;
        try {
            interchanges = READER.read(file, Strictness.LENIENT);
        } catch (EdiReader.UnreadableException e) {
            assertNotNull(e.getMessage());
            return;
        }
        for (Interchange interchange : interchanges) {
            for (TransactionSet set : interchange.sets()) {
                if (set.errors().isEmpty() && (set.type().equals("850") || set.type().equals("ORDERS"))) {
                    List<MappedOrder> orders = set.type().equals("850")
                            ? X12PurchaseOrder.map(set, set.controlNumber(), "FUZZ", "CUST-B", MASTER_DATA)
                            : EdifactOrders.map(set, set.controlNumber(), "FUZZ", "CUST-B", MASTER_DATA);
                    for (MappedOrder mapped : orders) {
                        // a set without lines is refused by sales' intake ("lines"), reported at the set's header
                        assertEquals("CUST-B", mapped.order().draft().customerId());
                        mapped.problems().forEach(p -> assertNotNull(p.location().segment()));
                        assertNotNull(mapped.sourceOf("lines"));
                    }
                }
            }
            if (interchange.envelope() != null) {
                assertAcknowledgementReadsBack(interchange);
            }
        }
    }

    private static void assertAcknowledgementReadsBack(Interchange interchange) {
        boolean x12 = interchange.standard() == Standard.X12;
        Partner partner = new Partner("FUZZ", interchange.standard(), x12 ? "004010" : "D96A", "ZZ", "FUZZ", "ZZ",
                "ORDERFLOW", "CUST-B", x12 ? Acknowledgement.X12_997 : Acknowledgement.CONTRL, true,
                DuplicatePolicy.REJECT, Strictness.LENIENT, x12 ? Delimiters.X12 : Delimiters.EDIFACT,
                Transport.FOLDER, false);
        List<Verdict> verdicts = interchange.groups().stream().map(group -> new Verdict(group,
                group.sets().stream().map(TransactionSet::errors).toList())).toList();
        // as the gateway answers: set by set when the envelope is sound, else a refusal of the whole interchange
        boolean sound = interchange.errors().isEmpty();
        byte[] ack = x12 ? sound ? Acknowledgements.x12(partner, interchange, verdicts, 1, NOW)
                : Acknowledgements.ta1(partner, interchange, interchange.errors().get(0).error(), 1, NOW)
                : Acknowledgements.edifact(partner, interchange, sound ? verdicts : List.of(), 1, NOW);
        try {
            Interchange readBack = READER.read(ack, Strictness.LENIENT).get(0);
            if (sound) {
                // what the partner's envelope held was checked on the way in: mirrored, it is sound again
                assertEquals(List.of(), readBack.errors(), new String(ack, StandardCharsets.ISO_8859_1));
            } else {
                // a refused envelope may hold values that are not valid codes: the refusal must still be read
                assertTrue(readBack.sets().stream().anyMatch(set -> set.type().equals("CONTRL"))
                        || readBack.groups().isEmpty(), new String(ack, StandardCharsets.ISO_8859_1));
            }
        } catch (EdiReader.UnreadableException e) {
            throw new AssertionError("our acknowledgement cannot be read: " + e.getMessage(), e);
        }
    }
}
