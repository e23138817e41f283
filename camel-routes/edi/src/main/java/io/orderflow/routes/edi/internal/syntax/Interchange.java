package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Standard;
import java.util.List;

/**
 * One interchange of a file, as read.
 *
 * @param envelope null when the header could not be read
 * @param errors   envelope errors (interchange level); the groups and sets carry their own
 * @param warnings what was read leniently, one sentence each naming its set and segment: kept in the ledger
 */
public record Interchange(Standard standard, Envelope envelope, List<Group> groups, List<SyntaxError> errors,
                          List<String> warnings) {

    public List<TransactionSet> sets() {
        return groups.stream().flatMap(group -> group.sets().stream()).toList();
    }
}
