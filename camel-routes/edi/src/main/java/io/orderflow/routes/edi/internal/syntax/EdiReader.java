package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Standard;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file of interchanges with StAEDI: delimiters from ISA / UNA, envelopes and control counts checked, each
 * transaction set validated against our schema for its type. The result is plain data; nothing here knows orders.
 */
public final class EdiReader {

    /** The transaction sets we read, by standard and type; anything else is refused as not supported. */
    private static final Map<String, String> SCHEMAS = Map.of(
            "X12:850", "/edi/x12-850.xml",
            "X12:997", "/edi/x12-997.xml",
            "EDIFACT:ORDERS", "/edi/edifact-orders.xml",
            "EDIFACT:CONTRL", "/edi/edifact-contrl.xml");
    private static final Set<String> ENVELOPE = Set.of("ISA", "IEA", "GS", "GE", "UNA", "UNB", "UNZ", "UNG", "UNE");

    private final Map<String, Schema> schemas = new HashMap<>();

    public EdiReader() {
        SchemaFactory factory = SchemaFactory.newFactory();
        SCHEMAS.forEach((key, resource) -> {
            URL url = EdiReader.class.getResource(resource);
            try {
                schemas.put(key, factory.createSchema(url));
            } catch (EDISchemaException e) {
                throw new IllegalStateException("transaction schema " + resource + " does not load", e);
            }
        });
    }

    /** A file no interchange could be read from. */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * The interchanges of a file, in order, each read by a reader of its own (so that X12 and EDIFACT may follow each
     * other). An interchange broken beyond reading ends the file: it comes back with its envelope error, and what
     * follows it is not read.
     *
     * @throws UnreadableException when not even one interchange header can be read
     */
    public List<Interchange> read(byte[] content) throws UnreadableException {
        String text = Normalizer.normalize(new String(content, StandardCharsets.ISO_8859_1));
        if (!startsAnInterchange(text)) {
            throw new UnreadableException("the file does not start with an X12 (ISA) or EDIFACT (UNA, UNB) interchange"
                    + " header");
        }
        List<Interchange> interchanges = new ArrayList<>();
        String rest = text;
        while (!rest.isBlank()) {
            Pass pass = readOne(rest);
            interchanges.add(pass.result);
            if (pass.broken) {
                break;
            }
            rest = rest.substring(Math.min(pass.consumed, rest.length())).stripLeading();
            if (!rest.isEmpty() && !startsAnInterchange(rest)) {
                Interchange last = interchanges.remove(interchanges.size() - 1);
                List<SyntaxError> errors = new ArrayList<>(last.errors());
                errors.add(new SyntaxError(new Location(last.standard() == Standard.X12 ? "IEA" : "UNZ", 0, 0),
                        ErrorKind.INVALID_ENVELOPE, "the file goes on after the interchange with text that is not"
                        + " an interchange: " + rest.substring(0, Math.min(rest.length(), 20))));
                interchanges.add(new Interchange(last.standard(), last.envelope(), last.groups(), errors));
                break;
            }
        }
        return interchanges;
    }

    private static boolean startsAnInterchange(String text) {
        return text.startsWith("ISA") || text.startsWith("UNA") || text.startsWith("UNB");
    }

    /** Reads the first interchange of {@code text}. */
    private Pass readOne(String text) throws UnreadableException {
        // StAEDI finds its envelope schemas through the context class loader: make it StAEDI's own in OSGi.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EDIInputFactory.class.getClassLoader());
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "ISO-8859-1")) {
            Pass pass = new Pass(reader);
            pass.run();
            return pass;
        } catch (EDIStreamException | IOException e) {
            throw new UnreadableException("not readable as EDI: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** One walk through the events of one interchange. */
    private final class Pass {
        private final EDIStreamReader reader;
        private InterchangeBuilder interchange;
        private List<List<String>> elements;
        private String tag;
        private int setPosition;
        private int setStart;
        /** The interchange read. */
        private Interchange result;
        /** True when the rest of the file cannot be read. */
        private boolean broken;
        /** The characters up to the end of the interchange's trailer. */
        private int consumed;

        Pass(EDIStreamReader reader) {
            this.reader = reader;
        }

        void run() throws UnreadableException {
            try {
                while (reader.hasNext()) {
                    EDIStreamEvent event = reader.next();
                    step(event);
                    if (event == EDIStreamEvent.END_INTERCHANGE) {
                        result = interchange.build();
                        consumed = reader.getLocation().getCharacterOffset();
                        return;
                    }
                }
            } catch (EDIStreamException | RuntimeException e) {
                // a broken stream, or StAEDI refusing what it reads (e.g. a schema where its state allows none)
                if (interchange == null) {
                    throw new UnreadableException("not readable as EDI: " + e.getMessage());
                }
                interchange.envelopeError(ErrorKind.INVALID_ENVELOPE, tag == null ? "ISA" : tag,
                        "the rest of the file cannot be read: " + e.getMessage());
                result = interchange.build();
                broken = true;
                return;
            }
            if (interchange == null) {
                throw new UnreadableException("no interchange found");
            }
            interchange.envelopeError(ErrorKind.INVALID_ENVELOPE, "IEA", "the interchange has no trailer");
            result = interchange.build();
            broken = true;
        }

        private void step(EDIStreamEvent event) {
            switch (event) {
                case START_INTERCHANGE -> interchange = new InterchangeBuilder(
                        "X12".equals(reader.getStandard()) ? Standard.X12 : Standard.EDIFACT);
                case START_SEGMENT -> {
                    tag = reader.getText();
                    elements = new ArrayList<>();
                    if (tag.equals("ST") || tag.equals("UNH")) {
                        setPosition = 0;
                        setStart = reader.getLocation().getSegmentPosition();
                    }
                    if (!ENVELOPE.contains(tag)) {
                        setPosition++;
                    }
                }
                case ELEMENT_DATA -> element(reader.getLocation(), reader.getText());
                case END_SEGMENT -> {
                    Segment segment = new Segment(tag, ENVELOPE.contains(tag) ? 0 : setPosition, elements);
                    interchange.segment(segment);
                    if (tag.equals("ST") || tag.equals("UNH")) {
                        reader.setTransactionSchema(schemas.get(interchange.standard() + ":" + interchange.setType()));
                    }
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(reader.getErrorType(),
                        reader.getLocation(), errorText());
                default -> {
                    // loops, composites, groups and sets are known from their segments
                }
            }
        }

        /** The value in error; StAEDI 1.26.0 has none for a missing conditional element and throws. */
        private String errorText() {
            try {
                return reader.getText();
            } catch (RuntimeException e) {
                return "";
            }
        }

        private void element(io.xlate.edi.stream.Location location, String text) {
            int element = Math.max(location.getElementPosition(), 1);
            int component = Math.max(location.getComponentPosition(), 1);
            while (elements.size() < element) {
                elements.add(new ArrayList<>());
            }
            List<String> components = elements.get(element - 1);
            while (components.size() < component - 1) {
                components.add("");
            }
            if (components.size() < component) {
                components.add(text);
            }
        }

        private void error(EDIStreamValidationError error, io.xlate.edi.stream.Location location, String text) {
            if (interchange == null) {
                return;
            }
            String segment = location.getSegmentTag() != null ? location.getSegmentTag() : tag;
            ErrorKind kind = Errors.kind(error, segment);
            if (kind.level() == ErrorKind.Level.SEGMENT && text != null && !text.isEmpty()) {
                segment = text; // the segment in question: unknown, out of place, or the one missing here
            }
            String detail = Errors.describe(error, segment, location.getElementPosition(), text);
            if (ENVELOPE.contains(segment)) {
                interchange.envelopeError(kind, segment, detail);
            } else {
                int element = kind.level() == ErrorKind.Level.ELEMENT ? Math.max(location.getElementPosition(), 1) : 0;
                int position = location.getSegmentPosition() - setStart + 1;
                interchange.setError(new SyntaxError(new Location(segment, position, element), kind, detail));
            }
        }
    }
}
