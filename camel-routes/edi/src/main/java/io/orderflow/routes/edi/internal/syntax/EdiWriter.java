package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Writes one interchange with StAEDI, segment by segment, and counts the segments of each set for its trailer.
 * Elements are given as strings; an element of several components as a {@code List<String>}.
 */
public final class EdiWriter implements AutoCloseable {

    /** What StAEDI refuses to write: a value that fits no segment, however it is cleaned. */
    public static final class UnwritableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnwritableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    /** Characters no value may carry: control characters, and for X12 (which has no release character) delimiters. */
    private final String unwritable;
    private int setSegments;

    public EdiWriter(Standard standard, Delimiters delimiters) {
        unwritable = "[\\p{Cntrl}" + (standard == Standard.X12 ? java.util.regex.Pattern.quote(String.valueOf(
                new char[] {delimiters.segment(), delimiters.element(), delimiters.component(),
                        delimiters.repetition()})) : "") + "]";
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, delimiters.segment());
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, delimiters.element());
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, delimiters.component());
        if (standard == Standard.EDIFACT) {
            factory.setProperty(EDIStreamConstants.Delimiters.RELEASE, '?');
            factory.setProperty(EDIStreamConstants.Delimiters.DECIMAL, '.');
        }
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, delimiters.newline());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EDIOutputFactory.class.getClassLoader());
        try {
            writer = factory.createEDIStreamWriter(bytes, "ISO-8859-1");
            writer.startInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot start an interchange: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Writes a segment; inside a set it counts towards the trailer's segment count. Values mirrored from a partner's
     * file may hold characters a segment cannot carry: those are left out.
     */
    public EdiWriter segment(String tag, Object... elements) {
        try {
            writer.writeStartSegment(tag);
            // ISA names the delimiters themselves; its values are ours
            Function<String, String> writable = tag.equals("ISA") ? Function.identity() : this::writable;
            for (Object element : elements) {
                if (element instanceof List<?> components) {
                    writer.writeStartElement();
                    for (Object component : components) {
                        writer.writeComponent(writable.apply(String.valueOf(component)));
                    }
                    writer.endElement();
                } else if (element == null || writable.apply(element.toString()).isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(writable.apply(element.toString()));
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException e) {
            throw new UnwritableException("cannot write segment " + tag + ": " + e.getMessage(), e);
        }
        setSegments++;
        return this;
    }

    private String writable(String value) {
        return value.replaceAll(unwritable, "");
    }

    /** Starts counting a new set's segments (call before its header). */
    public void startSet() {
        setSegments = 0;
    }

    /** The segments of the current set so far, the trailer to come included. */
    public int setSegmentsWithTrailer() {
        return setSegments + 1;
    }

    /** The interchange as bytes. */
    public byte[] finish() {
        try {
            writer.endInterchange();
            writer.flush();
        } catch (EDIStreamException e) {
            throw new UnwritableException("cannot end the interchange: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
