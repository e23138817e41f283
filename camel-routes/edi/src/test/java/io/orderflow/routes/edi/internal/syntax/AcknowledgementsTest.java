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
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 30);
    private static final Partner X12 = new Partner("ACME", Standard.X12, "004010", "ZZ", "SENDERID", "ZZ",
            "RECEIVERID", "CUST-B", Acknowledgement.X12_997, false, DuplicatePolicy.REJECT,
            Strictness.LENIENT, Delimiters.X12, Transport.FOLDER, false);
    private static final Partner EDIFACT = new Partner("EURO", Standard.EDIFACT, "D96A", "14", "SENDERGLN", "14",
            "RECEIVERGLN", "CUST-B", Acknowledgement.CONTRL, false, DuplicatePolicy.REJECT,
            Strictness.LENIENT, Delimiters.EDIFACT, Transport.FOLDER, false);

    private static List<Verdict> verdicts(Interchange interchange) {
        return interchange.groups().stream()
                .map(group -> new Verdict(group, group.sets().stream().map(TransactionSet::errors).toList())).toList();
    }

    @Test
    void a997AcceptsSomeSetsAndRejectsOthersNamingSegmentElementAndCode() throws Exception {
        Interchange inbound = EdiReaderTest.read("x12-850-errors.edi").get(0);
        byte[] ack = Acknowledgements.x12(X12, inbound, verdicts(inbound), 7, NOW);
        String text = new String(ack, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("ISA*00*          *00*          *ZZ*RECEIVERID     *ZZ*SENDERID       *261122*0930*U*"
                + "00401*000000007*0*P*>~"), text);
        assertTrue(text.contains("GS*FA*RECEIVERID*SENDERID*20261122*0930*7*X*004010~"), text);
        assertTrue(text.contains("AK1*PO*1004~"), text);
        assertTrue(text.contains("AK2*850*0001~"), text);
        assertTrue(text.contains("AK3*BEG*2**8~\nAK4*3**1~"), text);
        assertTrue(!text.contains("ZZZ"), "an unknown segment is a warning, not an error: " + text);
        assertTrue(text.contains("AK3*DTM*7**8~\nAK4*2**8~"), text);
        assertTrue(text.contains("AK5*R*4~"), text);
        assertTrue(text.contains("AK3*BEG*2**3~"), text);
        assertTrue(text.contains("AK9*R*2*2*0~"), text);
        assertTrue(text.endsWith("GE*1*7~\nIEA*1*000000007~\n"), text);

        Interchange readBack = new EdiReader().read(ack, Strictness.LENIENT).get(0);
        assertEquals(List.of(), readBack.errors());
        assertEquals(List.of(), readBack.sets().get(0).errors(), "our 997 passes our own 997 schema");
        assertEquals("997", readBack.sets().get(0).type());
    }

    @Test
    void a999AnswersA005010GroupWithImplementationSegments() throws Exception {
        String x12 = new String(EdiReaderTest.sample("x12-850-errors.edi"), StandardCharsets.ISO_8859_1)
                .replace("*00401*", "*00501*").replace("*X*004010~", "*X*005010~");
        Interchange inbound = new EdiReader().read(x12.getBytes(StandardCharsets.ISO_8859_1),
                Strictness.LENIENT).get(0);
        assertEquals("005010", inbound.groups().get(0).version());
        Partner partner = new Partner("ACME", Standard.X12, "005010", "ZZ", "SENDERID", "ZZ", "RECEIVERID", "CUST-B",
                Acknowledgement.X12_999, false, DuplicatePolicy.REJECT, Strictness.LENIENT, Delimiters.X12,
                Transport.FOLDER, false);
        String text = new String(Acknowledgements.x12(partner, inbound, verdicts(inbound), 8, NOW),
                StandardCharsets.ISO_8859_1);
        for (String segment : List.of("*^*00501*000000008*", "GS*FA*RECEIVERID*SENDERID*20261122*0930*8*X*005010X231A1~",
                "ST*999*0001*005010X231A1~", "AK1*PO*1004*005010~", "AK2*850*0001~", "IK3*BEG*2**8~\nIK4*3**1~",
                "IK5*R*4~", "AK9*R*2*2*0~")) {
            assertTrue(text.contains(segment), segment + " in " + text);
        }
        assertTrue(!text.contains("AK3") && !text.contains("AK5"), text);
        assertEquals(List.of(), new EdiReader().read(text.getBytes(StandardCharsets.ISO_8859_1),
                Strictness.LENIENT).get(0).errors());
    }

    /** The acknowledgement of a sample, with the set errors the reader found as the verdicts. */
    private static String acknowledge(Partner partner, String sample, long control) throws Exception {
        Interchange inbound = EdiReaderTest.read(sample).get(0);
        byte[] ack = partner.standard() == Standard.X12 ? Acknowledgements.x12(partner, inbound, verdicts(inbound),
                control, NOW) : Acknowledgements.edifact(partner, inbound, verdicts(inbound), control, NOW);
        return new String(ack, StandardCharsets.ISO_8859_1);
    }

    @Test
    void a997OfAGoodInterchangeAcceptsAll() throws Exception {
        String text = acknowledge(X12, "x12-850-valid.edi", 8);
        assertTrue(text.contains("AK2*850*0001~\nAK5*A~\nAK2*850*0002~\nAK5*A~\nAK9*A*2*2*2~"), text);
    }

    @Test
    void aContrlAcknowledgesTheInterchangeAndNamesRejectedMessages() throws Exception {
        String text = acknowledge(EDIFACT, "edifact-orders-una.edi", 9);
        assertTrue(text.contains("UNB+UNOC:3+RECEIVERGLN:14+SENDERGLN:14+261122:0930+9'"), text);
        assertTrue(text.contains("UNH+1+CONTRL:D:3:UN'\nUCI+IC0001+SENDERGLN:14+RECEIVERGLN:14+7'\nUNT+3+1'"), text);

        String rejected = acknowledge(EDIFACT, "edifact-orders-errors.edi", 10);
        assertTrue(rejected.contains("UCM+"), rejected);
        assertTrue(rejected.contains("+4'"), rejected);
    }

    @Test
    void aContrlAnswersAGroupOfItsOwnWithUcfAndItsCodeAndReadsBackAgainstTheCompleteSchema() throws Exception {
        String edifact = "UNA:+.? 'UNB+UNOC:3+SENDERGLN:14+RECEIVERGLN:14+261122:0930+IC0007'"
                + "UNG+ORDERS+SENDERGLN:14+RECEIVERGLN:14+261122:0930+G77+UN+D:01B'"
                + "UNH+1+ORDERS:D:01B:UN'BGM+220+PO-77+9'DTM+137:20261122:102'LIN+1++LED-LAMP:SA'QTY+21:2'UNS+S'"
                + "UNT+7+1'"
                + "UNE+1+G78'UNZ+1+IC0007'";
        Interchange inbound = new EdiReader().read(edifact.getBytes(StandardCharsets.ISO_8859_1), Strictness.LENIENT)
                .get(0);
        assertEquals(List.of(), inbound.errors(), "the group reference mismatch is the group's, not the interchange's");
        assertEquals(List.of(ErrorKind.GROUP_CONTROL_NUMBER_MISMATCH), inbound.groups().get(0).errors().stream()
                .map(SyntaxError::error).toList());
        String text = new String(Acknowledgements.edifact(EDIFACT, inbound, verdicts(inbound), 11, NOW),
                StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("UCI+IC0007+SENDERGLN:14+RECEIVERGLN:14+7'\n"
                + "UCF+G77+SENDERGLN:14+RECEIVERGLN:14+4+28'\nUCM+1+ORDERS:D:01B:UN+4'"), text);
        Interchange readBack = new EdiReader().read(text.getBytes(StandardCharsets.ISO_8859_1), Strictness.STRICT)
                .get(0);
        assertEquals(List.of(), readBack.sets().get(0).errors(), "our CONTRL passes the complete CONTRL schema");
    }
}
