package io.orderflow.routes.edi.internal.partner;

/**
 * The delimiters we write with. Inbound files bring their own (ISA, UNA); these are for what we send.
 *
 * @param newline a line break after each segment terminator, which many partners' tools like to see
 */
public record Delimiters(char segment, char element, char component, char repetition, boolean newline) {

    /** X12's usual {@code ~ * > ^}. */
    public static final Delimiters X12 = new Delimiters('~', '*', '>', '^', true);
    /** EDIFACT's level A defaults {@code ' + : *}, release character {@code ?}. */
    public static final Delimiters EDIFACT = new Delimiters('\'', '+', ':', '*', true);
}
