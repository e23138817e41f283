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
import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The complete X12 transaction-set schemas under {@code edi/x12/<version>/}: each loads, a file using every segment
 * position it declares reads without a single validation error, and files that break the standard are caught.
 */
class X12SchemasTest {

    /** A validation error as StAEDI reports it: its kind, the segment and element, and the value in question. */
    record Finding(EDIStreamValidationError error, String segment, int element, String text) {
    }

    /** What reading one interchange gave: the segment positions met (loop path and tag) and the errors. */
    record Reading(Set<String> segments, List<Finding> findings) {
    }

    /** Loads a set's schema; its includes are resolved against the set file's own URL. */
    static Schema schema(String versionAndSet) throws EDISchemaException {
        URL url = X12SchemasTest.class.getResource("/edi/x12/" + versionAndSet + ".xml");
        SchemaFactory factory = SchemaFactory.newFactory();
        factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, url);
        return factory.createSchema(url);
    }

    /** Every segment position the schema declares, as its loop path and tag, e.g. {@code L_PO1/L_PO1_N1/REF}. */
    static Set<String> declaredSegments(Schema schema) {
        Set<String> positions = new TreeSet<>();
        collect(schema.getStandard(), "", positions);
        return positions;
    }

    private static void collect(EDIComplexType structure, String path, Set<String> positions) {
        for (EDIReference reference : structure.getReferences()) {
            EDIType type = reference.getReferencedType();
            if (type.isType(EDIType.Type.LOOP)) {
                collect((EDIComplexType) type, path + type.getCode() + "/", positions);
            } else {
                positions.add(path + type.getCode());
            }
        }
    }

    /** Reads an interchange as EdiReader does: StAEDI's class loader on the thread, the set's schema set after ST. */
    static Reading read(byte[] content, Schema transaction) throws EDIStreamException, IOException {
        Set<String> segments = new TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        Deque<String> loops = new ArrayDeque<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EDIInputFactory.class.getClassLoader());
        try (EDIStreamReader reader = EDIInputFactory.newFactory()
                .createEDIStreamReader(new ByteArrayInputStream(content), "ISO-8859-1")) {
            boolean inSet = false;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_TRANSACTION -> inSet = true;
                    case END_TRANSACTION -> inSet = false;
                    case START_LOOP -> {
                        if (inSet) {
                            loops.addLast(reader.getReferenceCode());
                        }
                    }
                    case END_LOOP -> {
                        if (inSet) {
                            loops.removeLast();
                        }
                    }
                    case START_SEGMENT -> {
                        String tag = reader.getText();
                        if (inSet && !tag.equals("ST") && !tag.equals("SE")) {
                            segments.add(loops.stream().map(code -> code + "/").reduce("", String::concat) + tag);
                        }
                    }
                    case END_SEGMENT -> {
                        if (reader.getText().equals("ST")) {
                            reader.setTransactionSchema(transaction);
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> findings.add(new Finding(
                            reader.getErrorType(), reader.getLocation().getSegmentTag(),
                            reader.getLocation().getElementPosition(), textOf(reader)));
                    default -> {
                        // groups, composites and element values play no part here
                    }
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new Reading(segments, findings);
    }

    private static String textOf(EDIStreamReader reader) {
        try {
            return reader.getText();
        } catch (RuntimeException e) {
            return ""; // StAEDI 1.26 has no text for a missing conditional element
        }
    }

    static byte[] corpus(String versionAndSet) throws IOException {
        try (InputStream in = X12SchemasTest.class.getResourceAsStream(
                "/corpus/x12/" + versionAndSet + "-every-segment.edi")) {
            return in.readAllBytes();
        }
    }

    /** A one-set interchange of the given version around the body segments (ST and SE added, SE counted). */
    static byte[] interchange(String version, String set, String... body) {
        String isaVersion = version.equals("004010") ? "U*00401" : "^*00501";
        String functionalId = switch (set) {
            case "850" -> "PO";
            case "855" -> "PR";
            default -> "FA";
        };
        StringBuilder text = new StringBuilder()
                .append("ISA*00*          *00*          *ZZ*NORTHWINDRTL   *ZZ*ORDERFLOW      *240315*1030*")
                .append(isaVersion).append("*000000815*0*P*>~\n")
                .append("GS*").append(functionalId).append("*NORTHWINDRTL*ORDERFLOW*20240315*1030*815*X*")
                .append(version).append("~\n")
                .append("ST*").append(set).append("*0001~\n");
        for (String segment : body) {
            text.append(segment).append("~\n");
        }
        return text.append("SE*").append(body.length + 2).append("*0001~\nGE*1*815~\nIEA*1*000000815~\n")
                .toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Reading readOrder(String version, String... body) throws Exception {
        return read(interchange(version, "850", body), schema(version + "/850"));
    }

    private static void assertFinding(Reading reading, EDIStreamValidationError error, String segment, String text) {
        assertTrue(reading.findings().stream().anyMatch(f -> f.error() == error && segment.equals(f.segment())
                && (text == null || text.equals(f.text()))), () -> "expected " + error + " at " + segment + " ("
                + text + ") among " + reading.findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010/850", "004010/855", "004010/997", "005010/850", "005010/855", "005010/997",
            "005010/999"})
    void theCorpusFileUsesEverySegmentTheSchemaDeclaresAndReadsClean(String versionAndSet) throws Exception {
        Schema schema = schema(versionAndSet);
        Set<String> declared = declaredSegments(schema);
        Reading reading = read(corpus(versionAndSet), schema);

        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(reading.segments());
        assertEquals(Set.of(), missing, versionAndSet + ": declared segments the corpus file does not use");
        assertEquals(declared, reading.segments(), versionAndSet);
        assertEquals(List.of(), reading.findings(), versionAndSet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010", "005010"})
    void aSmallPurchaseOrderIsValid(String version) throws Exception {
        Reading reading = readOrder(version, "BEG*00*SA*4500012345**20240315", "N1*ST*NORTHWIND DC 42*92*0042",
                "PO1*1*10*EA*12.5*PE*VP*V-100", "CTT*1");
        assertEquals(List.of(), reading.findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010", "005010"})
    void aPurchaseOrderWithoutItsBeginningSegmentOrLinesIsRefused(String version) throws Exception {
        assertFinding(readOrder(version, "N1*ST*NORTHWIND DC 42*92*0042", "PO1*1*10*EA*12.5*PE*VP*V-100", "CTT*1"),
                EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "N1", "BEG");
        assertFinding(readOrder(version, "BEG*00*SA*4500012345**20240315", "CTT*1"),
                EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "CTT", "PO1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010", "005010"})
    void elementLengthsTypesAndSyntaxNotesAreChecked(String version) throws Exception {
        Reading reading = readOrder(version, "BEG*00*SA*PO-NUMBER-LONGER-THAN-22**20240315",
                "N1*ST*NORTHWIND DC 42*92", "PO1*1*TEN*EA*12.5*PE*VP*V-100", "CTT*1");
        assertFinding(reading, EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, "BEG", null);
        assertFinding(reading, EDIStreamValidationError.CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "N1", null);
        assertFinding(reading, EDIStreamValidationError.INVALID_CHARACTER_DATA, "PO1", null);
    }

    @Test
    void eachVersionHasItsOwnDictionary() throws Exception {
        String[] order = {"BEG*00*SA*4500012345**20240315", "REF*IA*" + "7".repeat(40), "PO1*1*10*EA", "CTT*1"};
        assertFinding(readOrder("004010", order), EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, "REF", null);
        assertEquals(List.of(), readOrder("005010", order).findings()); // 127 grew to 50 characters in 005010
        String[] located = {"BEG*00*SA*4500012345**20240315", "N1*ST*NORTHWIND DC 42*92*0042",
            "N4*TORONTO*ON*M5V2T6*CA***ON", "PO1*1*10*EA", "CTT*1"};
        assertFinding(readOrder("004010", located), EDIStreamValidationError.TOO_MANY_DATA_ELEMENTS, "N4", null);
        assertFinding(readOrder("005010", located), EDIStreamValidationError.EXCLUSION_CONDITION_VIOLATED, "N4", null);
    }

    @Test
    void anImplementationAcknowledgmentNeedsItsTrailerPerSet() throws Exception {
        Reading reading = read(interchange("005010", "999", "AK1*PO*4711*005010", "AK2*850*0001", "IK3*DTM*7**8",
                "AK9*R*1*1*0"), schema("005010/999"));
        assertFinding(reading, EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "AK9", "IK5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010", "005010"})
    void whatTheGatewayWritesReadsCleanWithTheCompleteSchemas(String version) throws Exception {
        String x12 = new String(EdiReaderTest.sample("x12-850-errors.edi"), StandardCharsets.ISO_8859_1);
        if (version.equals("005010")) {
            x12 = x12.replace("*00401*", "*00501*").replace("*X*004010~", "*X*005010~");
        }
        Interchange inbound = new EdiReader().read(x12.getBytes(StandardCharsets.ISO_8859_1), Strictness.LENIENT)
                .get(0);
        List<Verdict> verdicts = inbound.groups().stream()
                .map(group -> new Verdict(group, group.sets().stream().map(TransactionSet::errors).toList())).toList();
        LocalDateTime now = LocalDateTime.of(2026, 11, 22, 9, 30);
        for (Acknowledgement kind : version.equals("004010") ? List.of(Acknowledgement.X12_997)
                : List.of(Acknowledgement.X12_997, Acknowledgement.X12_999)) {
            byte[] ack = Acknowledgements.x12(partner(version, kind), inbound, verdicts, 8, now);
            String set = kind == Acknowledgement.X12_997 ? "997" : "999";
            assertEquals(List.of(), read(ack, schema(version + "/" + set)).findings(), version + " " + set);
        }
        OrderResponses.Order order = new OrderResponses.Order("SO-2026-000042", "PO-7781", LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 1, 20), List.of(new OrderResponses.Line("10", "LED-LAMP", new BigDecimal("50.000"),
                        "PCS", new BigDecimal("24.50"))));
        for (OrderResponses.Answer answer : OrderResponses.Answer.values()) {
            byte[] response = OrderResponses.write(partner(version, Acknowledgement.X12_997), answer, order, 17, now);
            assertEquals(List.of(), read(response, schema(version + "/855")).findings(), version + " 855 " + answer);
        }
    }

    @Test
    void theGatewaysSamplePurchaseOrdersReadCleanWithTheComplete004010Schema() throws Exception {
        for (String sample : List.of("x12-850-valid.edi", "x12-850-lf.edi", "x12-850-altdelims-crlf.edi",
                "x12-two-interchanges.edi")) {
            assertEquals(List.of(), read(EdiReaderTest.sample(sample), schema("004010/850")).findings(), sample);
        }
    }

    private static Partner partner(String version, Acknowledgement acknowledgement) {
        return new Partner("ACME", Standard.X12, version, "ZZ", "SENDERID", "ZZ", "RECEIVERID", "CUST-B",
                acknowledgement, false, DuplicatePolicy.REJECT, Strictness.LENIENT, Delimiters.X12, Transport.FOLDER, false);
    }
}
