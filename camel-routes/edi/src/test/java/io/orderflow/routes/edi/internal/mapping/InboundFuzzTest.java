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
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.syntax.Acknowledgements;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.Interchange;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import io.orderflow.routes.edi.internal.syntax.Verdict;
import io.orderflow.salesorder.api.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Any bytes a partner may send: reading either refuses the file as unreadable or gives interchanges; every order set
 * in them maps to an order or to problems that name where they are; and the acknowledgement we would write for a
 * readable envelope reads back with a clean envelope. The seed corpus (in {@code InboundFuzzTestInputs}) is replayed
 * in every build; {@code -Pfuzz} fuzzes for a while.
 */
class InboundFuzzTest {

    private static final EdiReader READER = new EdiReader();
    private static final MasterData MASTER_DATA = new MasterData() {
        @Override
        public Optional<Product> product(String code) {
            return Optional.of(new Product(code, code, "PCS", new Money(new BigDecimal("10.00"), "CNY"), 5, false));
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 11, 22);
        }
    };
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 30);

    @FuzzTest(maxDuration = "${orderflow.fuzz.duration:60s}")
    void readMapAndAcknowledge(byte[] file) {
        List<Interchange> interchanges;
        try {
            interchanges = READER.read(file);
        } catch (EdiReader.UnreadableException e) {
            assertNotNull(e.getMessage());
            return;
        }
        for (Interchange interchange : interchanges) {
            for (TransactionSet set : interchange.sets()) {
                if (set.errors().isEmpty() && (set.type().equals("850") || set.type().equals("ORDERS"))) {
                    MappedOrder mapped = set.type().equals("850") ? X12PurchaseOrder.map(set, "CUST-B", MASTER_DATA)
                            : EdifactOrders.map(set, "CUST-B", MASTER_DATA);
                    assertTrue(!mapped.problems().isEmpty() || !mapped.order().draft().lines().isEmpty());
                    mapped.problems().forEach(p -> assertNotNull(p.location().segment()));
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
                DuplicatePolicy.REJECT, x12 ? Delimiters.X12 : Delimiters.EDIFACT, Transport.FOLDER);
        List<Verdict> verdicts = interchange.groups().stream().map(group -> new Verdict(group,
                group.sets().stream().map(TransactionSet::errors).toList())).toList();
        byte[] ack = x12 ? Acknowledgements.x12(partner, interchange, verdicts, 1, NOW)
                : Acknowledgements.edifact(partner, interchange, verdicts, 1, NOW);
        try {
            assertEquals(List.of(), READER.read(ack).get(0).errors());
        } catch (EdiReader.UnreadableException e) {
            throw new AssertionError("our acknowledgement cannot be read: " + e.getMessage(), e);
        }
    }
}
