package io.orderflow.routes.edi.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.routes.edi.internal.partner.Strictness;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real partners send and the standards allow, read from our corpus ({@code corpus/reading}): endings,
 * delimiters, character sets, wrapping, versions we have no schema for, segments we do not know, envelope codes we do
 * not use; and what stays an error either way.
 */
class LenientReadingTest {

    private static final EdiReader READER = new EdiReader();

    private static Interchange read(String name, Strictness strictness) throws EdiReader.UnreadableException {
        List<Interchange> read = READER.read(corpus(name), strictness);
        assertEquals(1, read.size(), name);
        return read.get(0);
    }

    private static byte[] corpus(String name) {
        try (InputStream in = LenientReadingTest.class.getResourceAsStream("/corpus/reading/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no corpus file " + name, e);
        }
    }

    private static List<SyntaxError> allErrors(Interchange interchange) {
        return Stream.of(interchange.errors().stream(),
                interchange.groups().stream().flatMap(group -> group.errors().stream()),
                interchange.sets().stream().flatMap(set -> set.errors().stream())).flatMap(s -> s).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x12-no-final-terminator.edi", "x12-utf8-section-terminator.edi",
            "x12-control-character-delimiters.edi", "x12-latin1-text-crlf.edi", "x12-wrapped-80.edi",
            "x12-005010-repetition-separator.edi", "x12-003040-older-version.edi",
            "edifact-no-una-no-final-terminator.edi", "edifact-unow-utf8.edi", "x12-windows-1252.edi",
            "x12-newline-terminated-no-final-newline.edi", "x12-cr-terminated.edi", "x12-crlf-terminated.edi",
            "edifact-custom-delimiters.edi", "edifact-wrapped-80.edi"})
    void takesWhatPartnersSendWithoutAnErrorInEitherMode(String name) throws Exception {
        for (Strictness strictness : Strictness.values()) {
            Interchange interchange = read(name, strictness);
            assertEquals(List.of(), allErrors(interchange), name + " " + strictness);
            assertEquals(List.of(), interchange.warnings(), name + " " + strictness);
            assertEquals(1, interchange.sets().size(), name);
        }
    }

    @Test
    void readsTextInTheCharacterSetDeclaredOrShown() throws Exception {
        for (String name : List.of("x12-utf8-section-terminator.edi", "x12-control-character-delimiters.edi",
                "x12-latin1-text-crlf.edi")) {
            assertEquals("Ölmühle Süd", read(name, Strictness.STRICT).sets().get(0).all("N1").get(0).get(2), name);
        }
        assertEquals("Łódź Młyn + Söhne", read("edifact-unow-utf8.edi", Strictness.STRICT).sets().get(0).all("NAD")
                .get(0).get(4), "UTF-8 declared by UNOW, with a released separator");
    }

    /** Our files that use every segment of each complete schema read clean for a strict partner. */
    @ParameterizedTest
    @ValueSource(strings = {"x12/004010/850", "x12/004010/855", "x12/004010/997", "x12/005010/850",
            "x12/005010/855", "x12/005010/997", "x12/005010/999", "edifact/D01B/ORDERS", "edifact/D01B/ORDRSP",
            "edifact/D01B/CONTRL"})
    void aStrictPartnersFileUsingEverySegmentOfASchemaIsAccepted(String set) throws Exception {
        byte[] file;
        try (InputStream in = LenientReadingTest.class.getResourceAsStream("/corpus/" + set + "-every-segment.edi")) {
            file = in.readAllBytes();
        }
        Interchange interchange = READER.read(file, Strictness.STRICT).get(0);
        assertEquals(List.of(), allErrors(interchange), set);
        assertEquals(List.of(), interchange.warnings(), set);
        assertEquals(1, interchange.sets().size(), set);
    }

    @Test
    void readsWindows1252X12TextAsPartnersToolsWriteIt() throws Exception {
        assertEquals("Smith’s Store – Nord", read("x12-windows-1252.edi", Strictness.STRICT).sets().get(0).all("N1")
                .get(0).get(2), "curly quote and dash, not control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"edifact-unow-broken-utf8.edi:UNOW (UTF-8), but its bytes are not UTF-8",
            "edifact-unog-undefined-byte.edi:UNOG (ISO-8859-3), but its bytes are not ISO-8859-3",
            "edifact-unow-beyond-bmp.edi:U+1F600, a character beyond U+FFFF"})
    void refusesAFileWhoseBytesAreNotItsDeclaredCharacterSetOrBeyondWhatEdiAllows(String fileAndReason) {
        String[] expected = fileAndReason.split(":", 2);
        EdiReader.UnreadableException refused = assertThrows(EdiReader.UnreadableException.class,
                () -> READER.read(corpus(expected[0]), Strictness.LENIENT));
        assertTrue(refused.getMessage().contains(expected[1]), refused.getMessage());
    }

    @Test
    void keepsAWellFormedSegmentOurSchemaDoesNotKnowWithAWarning() throws Exception {
        Interchange x12 = read("x12-unknown-standard-segments.edi", Strictness.LENIENT);
        assertEquals(List.of(), allErrors(x12), "TD5 is in the complete 850");
        assertEquals(List.of("850 0001: ZZZ at segment 6: ZZZ is not in our 004010 schema; kept as sent"),
                x12.warnings());
        assertEquals("PRIVATE", x12.sets().get(0).all("ZZZ").get(0).get(1), "kept in the document as read");
        for (Strictness strictness : Strictness.values()) {
            Interchange edifact = read("edifact-unknown-segment.edi", strictness);
            assertEquals(List.of(), allErrors(edifact), "a D.96A message read against D.01B: " + strictness);
            assertEquals(1, edifact.warnings().size(), edifact.warnings().toString());
            assertTrue(edifact.warnings().get(0).startsWith("ORDERS 1: ZZZ at segment 4: ZZZ is not in our D01B"),
                    edifact.warnings().toString());
        }
    }

    @Test
    void aStrictPartnersSegmentOutsideItsOwnVersionsSchemaIsAnError() throws Exception {
        Interchange strict = read("x12-unknown-standard-segments.edi", Strictness.STRICT);
        assertEquals(List.of(new Location("ZZZ", 6, 0)), strict.sets().get(0).errors().stream()
                .map(SyntaxError::location).toList());
        assertEquals(ErrorKind.SEGMENT_NOT_IN_SET, strict.sets().get(0).errors().get(0).error());
    }

    @Test
    void codesInEnvelopeElementsWeDoNotUseAreWarningsForALenientPartnerAndErrorsForAStrictOne() throws Exception {
        Interchange lenient = read("x12-unused-envelope-codes.edi", Strictness.LENIENT);
        assertEquals(List.of(), allErrors(lenient));
        assertEquals(2, lenient.warnings().size(), lenient.warnings().toString());
        assertTrue(lenient.warnings().stream().anyMatch(w -> w.contains("ISA14")), lenient.warnings().toString());

        Interchange strict = read("x12-unused-envelope-codes.edi", Strictness.STRICT);
        assertEquals(List.of(ErrorKind.AUTHORIZATION_QUALIFIER_INVALID, ErrorKind.ACKNOWLEDGMENT_REQUESTED_INVALID),
                strict.errors().stream().map(SyntaxError::error).toList(), strict.errors().toString());
        assertEquals(List.of("010", "019"), strict.errors().stream().map(e -> e.error().x12Code()).toList(),
                "TA105 codes");
    }

    @Test
    void charactersBeyondTheDeclaredSyntaxLevelAreWarningsForALenientPartnerAndErrorsForAStrictOne()
            throws Exception {
        Interchange lenient = read("edifact-unoa-lowercase.edi", Strictness.LENIENT);
        assertEquals(List.of(), allErrors(lenient));
        assertEquals(List.of("ORDERS 1: NAD at segment 4, element 4: NAD04: a character beyond syntax level A"),
                lenient.warnings());

        Interchange strict = read("edifact-unoa-lowercase.edi", Strictness.STRICT);
        assertEquals(List.of(new SyntaxError(new Location("NAD", 4, 4), ErrorKind.INVALID_CHARACTER,
                "NAD04: a character beyond syntax level A")), strict.sets().get(0).errors());
        assertEquals("21", ErrorKind.INVALID_CHARACTER.edifactCode(), "UCD code: invalid character(s)");
    }

    @Test
    void badEnvelopeDatesAreAnsweredAtTheirOwnLevel() throws Exception {
        Interchange interchange = read("x12-bad-interchange-date.edi", Strictness.LENIENT);
        assertEquals(List.of(ErrorKind.INTERCHANGE_DATE_INVALID), interchange.errors().stream()
                .map(SyntaxError::error).toList());
        assertEquals("014", ErrorKind.INTERCHANGE_DATE_INVALID.x12Code(), "TA105");

        Interchange group = read("x12-bad-group-date.edi", Strictness.LENIENT);
        assertEquals(List.of(), group.errors(), "a group header's error is not the interchange's: no TA1");
        assertEquals(List.of(ErrorKind.GROUP_HEADER_INVALID), group.groups().get(0).errors().stream()
                .map(SyntaxError::error).toList());
    }
}
