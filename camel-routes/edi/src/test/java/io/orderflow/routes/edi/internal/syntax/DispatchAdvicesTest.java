package io.orderflow.routes.edi.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.syntax.DispatchAdvices.Advice;
import io.orderflow.routes.edi.internal.syntax.DispatchAdvices.Carriage;
import io.orderflow.routes.edi.internal.syntax.DispatchAdvices.Item;
import io.orderflow.routes.edi.internal.syntax.DispatchAdvices.Pack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 856 and the DESADV for a shipment of two packages with SSCCs and two items, read back with StAEDI against our
 * schemas (strictly: no error, no warning), and what the partner finds in them.
 */
class DispatchAdvicesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 14, 5);
    private static final String SSCC_1 = "006141410000000018";
    private static final String SSCC_2 = "006141410000000025";
    /** Line 10 as the partner's 850 named it (its item and its UPC); line 20 named by our product code only. */
    private static final Item LAMPS = new Item("10", List.of(new ItemNumber("BP", "NW-4711"),
            new ItemNumber("UP", "012345678905")), "LED-LAMP", "warm white", new BigDecimal("50.000"), "PCS");
    private static final Item DESKS = new Item("20", List.of(), "DESK-LAMP", null, new BigDecimal("20"), "PCS");

    private static Advice shipment(List<Pack> packs, List<Item> unpacked) {
        return new Advice("SH-2026-000007", "SO-2026-000042", "PO-7781", Carriage.PARCEL, LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 6), packs, unpacked);
    }

    /** Two packages of one carrier; logistics does not say which item is in which. */
    private static final Advice TWO_PACKAGES = shipment(List.of(new Pack("SF-EXPRESS", "SF1000001", SSCC_1, List.of()),
            new Pack("SF-EXPRESS", "SF1000002", SSCC_2, List.of())), List.of(LAMPS, DESKS));

    /** A partner that reads strictly, in its standard's usual delimiters. */
    static Partner partner(Standard standard, String version) {
        boolean x12 = standard == Standard.X12;
        return new Partner("ACME", standard, version, x12 ? "ZZ" : "14", "ACME", x12 ? "ZZ" : "14", "ORDERFLOW",
                "CUST-B", x12 ? Acknowledgement.X12_997 : Acknowledgement.CONTRL, false, DuplicatePolicy.REJECT,
                Strictness.STRICT, x12 ? Delimiters.X12 : Delimiters.EDIFACT, Transport.FOLDER, true);
    }

    /** Reads what we wrote as a partner's file would be read: strictly, against our schema for its version. */
    static TransactionSet readBack(byte[] written) throws Exception {
        Interchange read = new EdiReader().read(written, Strictness.STRICT).get(0);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(), read.warnings());
        assertEquals(1, read.sets().size());
        TransactionSet set = read.sets().get(0);
        assertEquals(List.of(), set.errors());
        return set;
    }

    private static List<String> values(TransactionSet set, String tag, int element) {
        return set.all(tag).stream().map(segment -> segment.get(element)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010", "005010"})
    void an856HasTheShipmentOrderPackAndItemLevelsWithPoSsccsTrackingAndQuantities(String version) throws Exception {
        byte[] written = DispatchAdvices.write(partner(Standard.X12, version), TWO_PACKAGES, 31, NOW);
        assertEquals(List.of(), X12SchemasTest.read(written, X12SchemasTest.schema(version + "/856")).findings());
        TransactionSet set = readBack(written);

        assertEquals("856", set.type());
        // HL01 id, HL02 parent, HL03 level: the shipment, its order, two packs, the items beside them under the order
        assertEquals(List.of("1//S", "2/1/O", "3/2/P", "4/2/P", "5/2/I", "6/2/I"), set.all("HL").stream()
                .map(hl -> hl.get(1) + "/" + hl.get(2) + "/" + hl.get(3)).toList());
        Segment bsn = set.all("BSN").get(0);
        assertEquals(List.of("00", "SH-2026-000007", "20261203", "1405", ""),
                List.of(bsn.get(1), bsn.get(2), bsn.get(3), bsn.get(4), bsn.get(5)));
        assertEquals(List.of("PO-7781"), values(set, "PRF", 1));
        assertEquals(List.of("011:20261203", "017:20261206"), set.all("DTM").stream()
                .map(dtm -> dtm.get(1) + ":" + dtm.get(2)).toList());
        assertEquals(List.of("B/ZZ/SF-EXPRESS/U"), set.all("TD5").stream()
                .map(td5 -> td5.get(1) + "/" + td5.get(2) + "/" + td5.get(3) + "/" + td5.get(4)).toList());
        assertEquals(List.of("GM:" + SSCC_1, "GM:" + SSCC_2), set.all("MAN").stream()
                .map(man -> man.get(1) + ":" + man.get(2)).toList());
        assertEquals(List.of("VN:SO-2026-000042", "2I:SF1000001", "2I:SF1000002"), set.all("REF").stream()
                .map(ref -> ref.get(1) + ":" + ref.get(2)).toList());
        assertEquals(List.of("10 BP NW-4711 UP 012345678905", "20 VP DESK-LAMP"), set.all("LIN").stream()
                .map(lin -> String.join(" ", lin.elements().stream().map(e -> e.get(0)).toList())).toList());
        assertEquals(List.of("50 EA", "20 EA"), set.all("SN1").stream()
                .map(sn1 -> sn1.get(2) + " " + sn1.get(3)).toList());
        assertEquals(List.of("warm white"), values(set, "PID", 5));
        assertEquals(List.of("6"), values(set, "CTT", 1));
    }

    @Test
    void itemsKnownToBeInTheirPackageAreWrittenUnderIt() throws Exception {
        Advice onePackage = shipment(List.of(new Pack("SF-EXPRESS", "SF1000001", SSCC_1, List.of(LAMPS, DESKS))),
                List.of());
        TransactionSet set = readBack(DispatchAdvices.write(partner(Standard.X12, "004010"), onePackage, 32, NOW));

        assertEquals(List.of("1//S", "2/1/O", "3/2/P", "4/3/I", "5/3/I"), set.all("HL").stream()
                .map(hl -> hl.get(1) + "/" + hl.get(2) + "/" + hl.get(3)).toList());
        assertEquals("0001", set.all("BSN").get(0).get(5)); // shipment, order, packaging, item
    }

    @Test
    void aDesadvHasTheConsignmentAndPackageGroupsWithPoSsccsTrackingAndQuantities() throws Exception {
        byte[] written = DispatchAdvices.write(partner(Standard.EDIFACT, "D96A"), TWO_PACKAGES, 9, NOW);
        String text = new String(written, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("UNH+1+DESADV:D:01B:UN'"), text);
        TransactionSet set = readBack(written);

        assertEquals("DESADV", set.type());
        assertEquals(List.of("351", "SH-2026-000007"), List.of(set.all("BGM").get(0).get(1),
                set.all("BGM").get(0).get(2)));
        // CPS 7164 level, 7166 parent: the consignment, then each package under it
        assertEquals(List.of("1/", "2/1", "3/1"), set.all("CPS").stream()
                .map(cps -> cps.get(1) + "/" + cps.get(2)).toList());
        assertEquals(List.of("ON:PO-7781", "VN:SO-2026-000042", "CN:SF1000001", "CN:SF1000002"), set.all("RFF")
                .stream().map(rff -> rff.get(1, 1) + ":" + rff.get(1, 2)).toList());
        assertEquals(List.of("SF-EXPRESS"), values(set, "TDT", 5));
        assertEquals(List.of("BJ:" + SSCC_1, "BJ:" + SSCC_2), set.all("GIN").stream()
                .map(gin -> gin.get(1) + ":" + gin.get(2)).toList());
        assertEquals(List.of("33E", "33E"), values(set, "PCI", 1));
        assertEquals(List.of("10:NW-4711:BP", "20:DESK-LAMP:SA"), set.all("LIN").stream()
                .map(lin -> lin.get(1) + ":" + lin.get(3, 1) + ":" + lin.get(3, 2)).toList());
        assertEquals(List.of("012345678905:UP"), set.all("PIA").stream()
                .map(pia -> pia.get(2, 1) + ":" + pia.get(2, 2)).toList());
        assertEquals(List.of("12:50:PCE", "12:20:PCE"), set.all("QTY").stream()
                .map(qty -> qty.get(1, 1) + ":" + qty.get(1, 2) + ":" + qty.get(1, 3)).toList());
        assertEquals("2", set.all("CNT").get(0).get(1, 2));
    }
}
