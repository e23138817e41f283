package io.orderflow.routes.edi.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The complete EDIFACT message schemas (src/main/resources/edi/edifact/D01B): each loads, and a file that uses every
 * segment of every group the schema declares reads with no validation error at all; a broken message is refused.
 */
class EdifactSchemasTest {

    private static final String DIRECTORY = "D01B";

    @ParameterizedTest
    @ValueSource(strings = {"ORDERS", "ORDRSP", "CONTRL"})
    void aFileUsingEverySegmentOfTheMessageIsAccepted(String message) throws Exception {
        Schema schema = load(message);
        Set<String> declared = new TreeSet<>();
        declaredSegments(schema.getStandard(), "", declared);

        String file = corpus(message);
        assertTrue(file.matches("(?s).*\\?[+:'?].*"), "the corpus file uses the release character");
        Read read = read(file, schema);

        assertEquals(List.of(), read.errors(), message + ": validation errors");
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(read.segments());
        assertEquals(Set.of(), missing, message + ": declared segments the corpus file leaves out");
        assertEquals(declared, read.segments(), message + ": the file uses exactly the declared segments");
    }

    @Test
    void anOrderWithoutBgmMissesAMandatorySegment() throws Exception {
        Read read = read(interchange("ORDERS", "DTM+137:20260112:102'", "UNS+S'"), load("ORDERS"));
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING BGM"), read.errors());
    }

    @Test
    void anOrderWithATooLongElementIsRefused() throws Exception {
        // 1004 (document identifier) is an..35: 36 characters are one too many
        String bgm = "BGM+220+" + "P".repeat(36) + "+9'";
        Read read = read(interchange("ORDERS", bgm, "DTM+137:20260112:102'", "UNS+S'"), load("ORDERS"));
        assertEquals(List.of("DATA_ELEMENT_TOO_LONG BGM2"), read.errors());
    }

    /** Loads a message schema the way the gateway must: its relative include resolved against its own URL. */
    static Schema load(String message) throws EDISchemaException {
        URL url = EdifactSchemasTest.class.getResource("/edi/edifact/" + DIRECTORY + "/" + message + ".xml");
        SchemaFactory factory = SchemaFactory.newFactory();
        factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, url);
        return factory.createSchema(url);
    }

    /** Every segment position of the message as "SG2/SG3/RFF": the group path and the segment tag. */
    private static void declaredSegments(EDIComplexType structure, String path, Set<String> into) {
        for (EDIReference reference : structure.getReferences()) {
            EDIType type = reference.getReferencedType();
            if (type.isType(EDIType.Type.LOOP)) {
                declaredSegments((EDIComplexType) type, path + type.getCode() + "/", into);
            } else if (type.isType(EDIType.Type.SEGMENT)) {
                into.add(path + type.getCode());
            }
        }
    }

    private static String corpus(String message) throws IOException {
        String name = "/corpus/edifact/" + DIRECTORY + "/" + message + "-every-segment.edi";
        try (InputStream in = EdifactSchemasTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "no corpus file " + name);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String interchange(String type, String... segments) {
        StringBuilder text = new StringBuilder("UNA:+.? 'UNB+UNOB:3+SENDER:14+ORDERFLOW:14+260112:0930+IC1'")
                .append("UNH+1+").append(type).append(":D:01B:UN'");
        for (String segment : segments) {
            text.append(segment);
        }
        return text.append("UNT+").append(segments.length + 2).append("+1'UNZ+1+IC1'").toString();
    }

    /**
     * What reading a file gave: its errors ("MANDATORY_SEGMENT_MISSING BGM", "DATA_ELEMENT_TOO_LONG BGM2": the segment
     * in question, and for an element error its position), and the segment positions it used.
     */
    record Read(List<String> errors, Set<String> segments) {
    }

    /**
     * Reads with plain StAEDI as EdiReader does: the context class loader is StAEDI's own, and the message schema is
     * set once its UNH is read.
     */
    private static Read read(String text, Schema schema) throws EDIStreamException, IOException {
        List<String> errors = new ArrayList<>();
        Set<String> segments = new TreeSet<>();
        Deque<String> loops = new ArrayDeque<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EDIInputFactory.class.getClassLoader());
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "ISO-8859-1")) {
            boolean inMessage = false;
            String tag = "";
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_LOOP -> loops.addLast(reader.getReferenceCode());
                    case END_LOOP -> loops.removeLast();
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        inMessage &= !tag.equals("UNT");
                        if (inMessage) {
                            segments.add(path(loops) + tag);
                        }
                    }
                    case END_SEGMENT -> {
                        if (tag.equals("UNH")) {
                            reader.setTransactionSchema(schema);
                            inMessage = true;
                        }
                    }
                    case SEGMENT_ERROR -> errors.add(reader.getErrorType() + " " + reader.getText());
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(reader.getErrorType() + " "
                            + reader.getLocation().getSegmentTag() + reader.getLocation().getElementPosition());
                    default -> {
                        // transactions, groups and elements: the segments say what the file covers
                    }
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new Read(errors, segments);
    }

    private static String path(Deque<String> loops) {
        StringBuilder path = new StringBuilder();
        loops.forEach(loop -> path.append(loop).append('/'));
        return path.toString();
    }
}
