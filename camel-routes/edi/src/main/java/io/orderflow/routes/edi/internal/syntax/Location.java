package io.orderflow.routes.edi.internal.syntax;

/**
 * A place in a transaction set that an acknowledgement can name.
 *
 * @param position the segment's position in the set, the header being 1
 * @param element  the element's position in the segment, 0 for the segment as a whole
 */
public record Location(String segment, int position, int element) {
}
