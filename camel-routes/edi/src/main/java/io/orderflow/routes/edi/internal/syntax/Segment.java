package io.orderflow.routes.edi.internal.syntax;

import java.util.List;

/**
 * A segment as read: its tag, its position in the transaction set (the header is 1, as acknowledgements count) and
 * its elements, each a list of components.
 */
public record Segment(String tag, int position, List<List<String>> elements) {

    /** The element's first component (1-based, as the standards number them); empty when absent. */
    public String get(int element) {
        return get(element, 1);
    }

    /** A component of an element (both 1-based); empty when absent. */
    public String get(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1);
    }

    /** Where an element of this segment is, for an acknowledgement to point at. */
    public Location at(int element) {
        return new Location(tag, position, element);
    }
}
