package io.orderflow.routes.edi.internal.syntax;

import java.util.List;

/**
 * What we decided about each transaction set of a group: taken when it has no errors.
 *
 * @param sets the errors of each set of the group, in the group's order (an empty list: taken)
 */
public record Verdict(Group group, List<List<SyntaxError>> sets) {

    /** The sets taken: none when the group itself is in error. */
    public long accepted() {
        return group.errors().isEmpty() ? sets.stream().filter(List::isEmpty).count() : 0;
    }
}
