package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a file of interchanges with StAEDI: the character set the interchange declares (or its bytes show),
 * delimiters from ISA / UNA, envelopes and control counts checked, each transaction set validated against our schema
 * for its version or the nearest one we have. What real partners send and the standard allows is read with a
 * warning rather than refused: a well-formed segment our schema does not know, elements a newer version added, and,
 * for a lenient partner, code-list errors in envelope elements we do not use and characters beyond the declared
 * EDIFACT syntax level. The result is plain data; nothing here knows orders.
 */
public final class EdiReader {

    private static final Set<String> ENVELOPE = Set.of("ISA", "IEA", "GS", "GE", "UNA", "UNB", "UNZ", "UNG", "UNE");
    /** Envelope elements whose codes we act on: who is who, the version, test or production, the group's function. */
    private static final Set<String> ENVELOPE_ELEMENTS_USED = Set.of("ISA05", "ISA07", "ISA12", "ISA15", "GS01",
            "GS08", "UNB01", "UNB02", "UNB03", "UNB11", "UNG01");
    /** ISA11 (from 00402 the repetition separator) and ISA16 declare delimiters, which may be any character. */
    private static final Set<String> DELIMITER_ELEMENTS = Set.of("ISA11", "ISA16");
    private static final Pattern SEGMENT_TAG = Pattern.compile("[A-Z][A-Z0-9]{1,2}");
    /** EDIFACT syntax level A: upper case letters, digits, space and these marks; level B: printable ASCII. */
    private static final Pattern LEVEL_A = Pattern.compile("[A-Z0-9 .,\\-()/='+:?!\"%&*;<>]*");
    private static final Pattern LEVEL_B = Pattern.compile("[\\x20-\\x7E]*");
    private static final Pattern CONTROL = Pattern.compile(".*[\\p{Cntrl}\\x80-\\x9F].*", Pattern.DOTALL);

    private final TransactionSchemas schemas = new TransactionSchemas();

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
    public List<Interchange> read(byte[] content, Strictness strictness) throws UnreadableException {
        Decoding.Decoded decoded = Decoding.decode(content);
        String text = Normalizer.terminated(Normalizer.normalize(decoded.text()));
        if (!startsAnInterchange(text)) {
            throw new UnreadableException("the file does not start with an X12 (ISA) or EDIFACT (UNA, UNB) interchange"
                    + " header");
        }
        List<Interchange> interchanges = new ArrayList<>();
        String rest = text;
        while (!rest.isBlank()) {
            Pass pass = readOne(rest, decoded.charset(), strictness);
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
                interchanges.add(new Interchange(last.standard(), last.envelope(), last.groups(), errors,
                        last.warnings()));
                break;
            }
        }
        return interchanges;
    }

    private static boolean startsAnInterchange(String text) {
        return text.startsWith("ISA") || text.startsWith("UNA") || text.startsWith("UNB");
    }

    /** Reads the first interchange of {@code text}. */
    private Pass readOne(String text, Charset charset, Strictness strictness) throws UnreadableException {
        // StAEDI finds its envelope schemas through the context class loader: make it StAEDI's own in OSGi.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EDIInputFactory.class.getClassLoader());
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(charset)), charset.name())) {
            Pass pass = new Pass(reader, strictness);
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
        private final Strictness strictness;
        private InterchangeBuilder interchange;
        /** The schema of the set being read; null outside a set or for a set we do not read. */
        private TransactionSchemas.Choice schema;
        /** The EDIFACT syntax level's characters (UNB01-1 UNOA or UNOB); null when any character may be used. */
        private Pattern level;
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

        Pass(EDIStreamReader reader, Strictness strictness) {
            this.reader = reader;
            this.strictness = strictness;
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
                    boolean opensSet = tag.equals("ST") || tag.equals("UNH");
                    if (!opensSet) {
                        checkCharacters(segment); // a group header's errors belong to the group it opens
                    }
                    interchange.segment(segment);
                    if (opensSet) {
                        checkCharacters(segment);
                    }
                    if (tag.equals("UNB")) {
                        level = "UNOA".equals(segment.get(1, 1)) ? LEVEL_A : "UNOB".equals(segment.get(1, 1))
                                ? LEVEL_B : null;
                    }
                    if (tag.equals("ST") || tag.equals("UNH")) {
                        String version = tag.equals("ST") ? interchange.groupVersion()
                                : segment.get(2, 2) + segment.get(2, 3);
                        schema = schemas.forSet(interchange.standard(), version, interchange.setType()).orElse(null);
                        reader.setTransactionSchema(schema == null ? null : schema.schema());
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
            ErrorKind kind = Errors.kind(error, segment, location.getElementPosition());
            if (kind.level() == ErrorKind.Level.SEGMENT && text != null && !text.isEmpty()) {
                segment = text; // the segment in question: unknown, out of place, or the one missing here
            }
            String element = segment + String.format("%02d", Math.max(location.getElementPosition(), 0));
            if (DELIMITER_ELEMENTS.contains(element) || element.equals("UNB01") && Decoding.knows(text)) {
                return; // StAEDI's syntax identifiers lack some we read, e.g. UNOW
            }
            String detail = Errors.describe(error, segment, location.getElementPosition(), text);
            if (ENVELOPE.contains(segment)) {
                if (error == EDIStreamValidationError.INVALID_CODE_VALUE && !ENVELOPE_ELEMENTS_USED.contains(element)
                        && strictness == Strictness.LENIENT) {
                    interchange.warning(new SyntaxError(new Location(segment, 0, location.getElementPosition()),
                            kind, detail + "; an element we do not use"));
                } else {
                    interchange.envelopeError(kind, segment, detail);
                }
                return;
            }
            int elementAt = kind.level() == ErrorKind.Level.ELEMENT ? Math.max(location.getElementPosition(), 1) : 0;
            int position = location.getSegmentPosition() - setStart + 1;
            SyntaxError found = new SyntaxError(new Location(segment, position, elementAt), kind, detail);
            if (unknownButWellFormed(kind, segment)
                    && (strictness == Strictness.LENIENT || schema != null && !schema.exact())) {
                interchange.warning(new SyntaxError(found.location(), kind, segment + " is not in our "
                        + schema.version() + " schema; kept as sent"));
            } else if (kind == ErrorKind.TOO_MANY_ELEMENTS && schema != null && schema.newer()) {
                interchange.warning(new SyntaxError(found.location(), kind, detail + "; read against "
                        + schema.version()));
            } else if (segment.equals(tag) && (tag.equals("ST") || tag.equals("UNH"))) {
                interchange.setHeaderError(found); // its set opens when the header ends
            } else {
                interchange.setError(found);
            }
        }

        private boolean unknownButWellFormed(ErrorKind kind, String segment) {
            return schema != null && (kind == ErrorKind.SEGMENT_NOT_IN_SET || kind == ErrorKind.UNRECOGNIZED_SEGMENT)
                    && SEGMENT_TAG.matcher(segment).matches();
        }

        /**
         * Control characters never belong in data; characters beyond the declared EDIFACT syntax level reject only
         * for a strict partner.
         */
        private void checkCharacters(Segment segment) {
            if (segment.tag().equals("ISA") || segment.tag().equals("UNA")) {
                return; // their delimiters may be any character
            }
            for (int e = 1; e <= segment.elements().size(); e++) {
                for (String value : segment.elements().get(e - 1)) {
                    if (CONTROL.matcher(value).matches()) {
                        characterError(segment, e, ErrorKind.INVALID_CHARACTER, "a control character");
                    } else if (level != null && !level.matcher(value).matches()) {
                        characterError(segment, e, strictness == Strictness.STRICT ? ErrorKind.INVALID_CHARACTER
                                : null, "a character beyond syntax level " + (level == LEVEL_A ? "A" : "B"));
                    }
                }
            }
        }

        /** @param kind null for a warning */
        private void characterError(Segment segment, int element, ErrorKind kind, String what) {
            String detail = segment.tag() + String.format("%02d", element) + ": " + what;
            if (ENVELOPE.contains(segment.tag())) {
                if (kind == null) {
                    interchange.warning(new SyntaxError(new Location(segment.tag(), 0, element),
                            ErrorKind.INVALID_CHARACTER, detail));
                } else {
                    interchange.envelopeError(kind, segment.tag(), detail);
                }
                return;
            }
            SyntaxError error = new SyntaxError(segment.at(element), kind == null ? ErrorKind.INVALID_CHARACTER : kind,
                    detail);
            if (kind == null) {
                interchange.warning(error);
            } else {
                interchange.setError(error);
            }
        }
    }
}
