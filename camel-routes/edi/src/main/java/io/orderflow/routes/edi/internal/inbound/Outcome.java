package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.routes.edi.internal.ledger.DocumentState;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What became of a file, or of one interchange in it.
 *
 * @param state  {@link DocumentState#PROCESSED}, {@link DocumentState#REJECTED} or {@link DocumentState#QUARANTINED}
 * @param reason what was refused and why, for people; null when everything was taken
 */
public record Outcome(String state, String reason) {

    static Outcome processed(String reason) {
        return new Outcome(DocumentState.PROCESSED, reason);
    }

    static Outcome rejected(String reason) {
        return new Outcome(DocumentState.REJECTED, reason);
    }

    static Outcome quarantined(String reason) {
        return new Outcome(DocumentState.QUARANTINED, reason);
    }

    /**
     * A file's outcome from its interchanges': held when any is held, rejected when all are, otherwise processed
     * (with the reasons of what was refused).
     */
    static Outcome of(List<Outcome> interchanges) {
        String reason = interchanges.stream().map(Outcome::reason).filter(Objects::nonNull)
                .collect(Collectors.collectingAndThen(Collectors.joining("\n"), text -> text.isEmpty() ? null : text));
        if (interchanges.stream().anyMatch(o -> o.state().equals(DocumentState.QUARANTINED))) {
            return quarantined(reason);
        }
        return interchanges.stream().allMatch(o -> o.state().equals(DocumentState.REJECTED))
                ? rejected(reason) : processed(reason);
    }
}
