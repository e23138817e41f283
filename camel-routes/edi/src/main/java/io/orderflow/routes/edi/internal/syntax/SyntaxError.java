package io.orderflow.routes.edi.internal.syntax;

/**
 * Something wrong in an interchange, where it is and what kind of error it is.
 *
 * @param location   where; for envelope errors the envelope segment with position 0
 * @param error      the kind of error, named independently of X12 or EDIFACT
 * @param detail     a sentence for people
 */
public record SyntaxError(Location location, ErrorKind error, String detail) {

    @Override
    public String toString() {
        return location.segment() + (location.position() > 0 ? " at segment " + location.position() : "")
                + (location.element() > 0 ? ", element " + location.element() : "") + ": " + detail;
    }
}
