package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Strictness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import io.orderflow.routes.edi.internal.partner.Standard;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdiReaderTest {

    private static final EdiReader READER = new EdiReader();

    static byte[] sample(String name) {
        try (InputStream in = EdiReaderTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no sample " + name, e);
        }
    }

    static List<Interchange> read(String name) throws EdiReader.UnreadableException {
        return READER.read(sample(name), Strictness.LENIENT);
    }

    @Test
    void readsAnX12InterchangeWithTwoPurchaseOrders() throws Exception {
        List<Interchange> interchanges = read("x12-850-valid.edi");
        assertEquals(1, interchanges.size());
        Interchange interchange = interchanges.get(0);
        assertEquals(List.of(), interchange.errors());
        assertEquals("SENDERID", interchange.envelope().senderId());
        assertEquals("000000901", interchange.envelope().controlNumber());
        assertEquals(1, interchange.groups().size());
        assertEquals("1001", interchange.groups().get(0).controlNumber());
        assertEquals("004010", interchange.groups().get(0).version());
        List<TransactionSet> sets = interchange.sets();
        assertEquals(2, sets.size());
        assertEquals(List.of(), sets.get(0).errors());
        assertEquals("850", sets.get(0).type());
        assertEquals("0001", sets.get(0).controlNumber());
        assertEquals("PO-1001", sets.get(0).all("BEG").get(0).get(3));
        assertEquals(2, sets.get(0).all("BEG").get(0).position());
        assertEquals("V42", sets.get(0).all("REF").get(1).get(4, 2));
        assertEquals(25, sets.get(0).segments().size());
    }

    @Test
    void readsWrappedAndNewlineFilesAlike() throws Exception {
        Interchange plain = read("x12-850-valid.edi").get(0);
        for (String name : List.of("x12-850-wrapped80.edi", "x12-850-lf.edi", "x12-850-altdelims-crlf.edi")) {
            Interchange other = read(name).get(0);
            assertEquals(List.of(), other.errors(), name);
            assertEquals(plain.sets().size(), other.sets().size(), name);
            assertEquals(plain.sets().get(0).segments().size(), other.sets().get(0).segments().size(), name);
        }
    }

    @Test
    void namesErrorsWithSegmentPositionAndElement() throws Exception {
        Interchange interchange = read("x12-850-errors.edi").get(0);
        List<SyntaxError> first = interchange.sets().get(0).errors();
        assertTrue(first.stream().anyMatch(e -> e.error() == ErrorKind.MANDATORY_ELEMENT_MISSING
                && e.location().equals(new Location("BEG", 2, 3))), first.toString());
        assertTrue(first.stream().noneMatch(e -> e.location().segment().equals("ZZZ")), first.toString());
        assertEquals(List.of("850 0001: ZZZ at segment 5: ZZZ is not in our 004010 schema; kept as sent"),
                interchange.warnings(), "a well-formed segment we do not know is kept with a warning");
        assertTrue(first.stream().anyMatch(e -> e.error() == ErrorKind.INVALID_DATE
                && e.location().equals(new Location("DTM", 7, 2))), first.toString());
        assertTrue(first.stream().anyMatch(e -> e.error() == ErrorKind.SET_SEGMENT_COUNT_MISMATCH), first.toString());
        List<SyntaxError> second = interchange.sets().get(1).errors();
        assertTrue(second.stream().anyMatch(e -> e.error() == ErrorKind.MANDATORY_SEGMENT_MISSING
                && e.location().equals(new Location("BEG", 2, 0))), second.toString());
    }

    @Test
    void anErrorInASetHeaderIsThatSetsNotThePreviousOnesNorTheInterchanges() throws Exception {
        String text = new String(sample("x12-850-valid.edi"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("ST*850*0002~", "ST*850*0002X0000001~").replace("SE*6*0002~", "SE*6*0002X0000001~");
        Interchange interchange = READER.read(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                Strictness.LENIENT).get(0);
        assertEquals(List.of(), interchange.errors());
        assertEquals(List.of(), interchange.sets().get(0).errors());
        assertTrue(interchange.sets().get(1).errors().stream().anyMatch(e -> e.location().equals(new Location("ST", 1,
                2)) && e.error() == ErrorKind.ELEMENT_TOO_LONG), interchange.sets().get(1).errors().toString());
    }

    @Test
    void readsEdifactOrders() throws Exception {
        Interchange interchange = read("edifact-orders-una.edi").get(0);
        assertEquals(List.of(), interchange.errors());
        assertEquals("SENDERGLN", interchange.envelope().senderId());
        assertEquals("IC0001", interchange.envelope().controlNumber());
        assertEquals(2, interchange.sets().size());
        assertEquals("ORDERS", interchange.sets().get(0).type());
        assertEquals("M0001", interchange.sets().get(0).controlNumber());
        assertEquals("D96A", interchange.groups().get(0).version());
        assertEquals("PO-2001", interchange.sets().get(0).all("BGM").get(0).get(2));
        assertEquals("DELIVER TO O'BRIEN, RAMP 2", interchange.sets().get(0).all("FTX").get(0).get(4));
    }

    @Test
    void readsAnX12AndThenAnEdifactInterchangeOfOneFileEachOnItsOwn() throws Exception {
        List<Interchange> interchanges = read("mixed-x12-then-edifact.edi");
        assertEquals(2, interchanges.size());
        assertEquals(Standard.X12, interchanges.get(0).standard());
        assertEquals("000000906", interchanges.get(0).envelope().controlNumber());
        assertEquals(List.of(), interchanges.get(0).errors());
        assertEquals(Standard.EDIFACT, interchanges.get(1).standard());
        assertEquals("IC0001", interchanges.get(1).envelope().controlNumber());
        assertEquals("ORDERS", interchanges.get(1).sets().get(0).type());
    }

    @Test
    void textAfterTheLastTrailerRefusesThatInterchange() throws Exception {
        byte[] file = (new String(sample("x12-850-lf.edi"), java.nio.charset.StandardCharsets.ISO_8859_1)
                + "\nTHANK YOU\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Interchange interchange = READER.read(file, Strictness.LENIENT).get(0);
        assertTrue(interchange.errors().toString().contains("text that is not an interchange: THANK YOU"),
                interchange.errors().toString());
    }
}
