package io.orderflow.routes.edi.internal.syntax;

import java.util.List;

/**
 * A transaction set (X12) or message (EDIFACT) as read, header and trailer included.
 *
 * @param type          ST01 or UNH02-1, e.g. {@code 850}, {@code ORDERS}
 * @param controlNumber ST02 or UNH01
 * @param errors        what is wrong inside it; empty when it may be taken
 */
public record TransactionSet(String type, String controlNumber, List<Segment> segments, List<SyntaxError> errors) {

    /** The segments with this tag, in order. */
    public List<Segment> all(String tag) {
        return segments.stream().filter(segment -> segment.tag().equals(tag)).toList();
    }
}
