package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.Problems;
import io.orderflow.salesorder.api.ChangeDraft;
import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a change request must say (docs/business-rules.md §2.5): every problem is reported at once. */
public final class ChangeRules {

    /** A change request that passed the checks. */
    public record CheckedChange(LocalDate newDelivery, List<LineChange> lines, String reason) {
    }

    private ChangeRules() {
    }

    /**
     * @param lineNumbers the order's line numbers
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public static CheckedChange check(ChangeDraft draft, List<Integer> lineNumbers, LocalDate today) {
        Problems problems = new Problems();
        String reason = null;
        if (problems.requireText("reason", draft.reason())) {
            reason = draft.reason().strip();
            problems.limitLength("reason", reason, 1000);
        }
        LocalDate newDelivery = null;
        if (draft.requestedDelivery() != null && !draft.requestedDelivery().isBlank()) {
            try {
                newDelivery = LocalDate.parse(draft.requestedDelivery());
                if (newDelivery.isBefore(today)) {
                    problems.add("requestedDelivery", "is in the past (today is " + today + ")");
                } else if (newDelivery.isAfter(today.plusYears(IntakeRules.MAX_YEARS_AHEAD))) {
                    problems.add("requestedDelivery", "must be within " + IntakeRules.MAX_YEARS_AHEAD + " years from today");
                }
            } catch (DateTimeParseException e) {
                problems.add("requestedDelivery", "must be a date like 2027-01-15");
            }
        }
        List<LineChange> lines = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<LineChange> drafts = draft.lines() == null ? List.of() : draft.lines();
        for (int i = 0; i < drafts.size(); i++) {
            LineChange change = drafts.get(i);
            String at = "lines[" + i + "]";
            if (change == null || change.lineNo() == null) {
                problems.add(at + ".lineNo", "is required");
                continue;
            }
            if (!lineNumbers.contains(change.lineNo())) {
                problems.add(at + ".lineNo", "the order has no line " + change.lineNo());
            } else if (!seen.add(change.lineNo())) {
                problems.add(at + ".lineNo", "line " + change.lineNo() + " is changed twice");
            }
            if (change.quantity() == null && (change.specification() == null || change.specification().isBlank())) {
                problems.add(at, "change the quantity, the specification or both");
            }
            if (change.quantity() != null) {
                if (change.quantity().signum() <= 0) {
                    problems.add(at + ".quantity", "must be greater than 0");
                } else {
                    problems.fitsAmountColumn(at + ".quantity", change.quantity());
                }
            }
            problems.limitLength(at + ".specification", change.specification(), 500);
            lines.add(new LineChange(change.lineNo(), change.quantity(),
                    change.specification() == null || change.specification().isBlank() ? null : change.specification().strip()));
        }
        if (newDelivery == null && drafts.isEmpty() && problems.isEmptyFor("requestedDelivery")) {
            problems.add("lines", "ask for at least one change: a new delivery date, quantity or specification");
        }
        problems.throwIfAny();
        return new CheckedChange(newDelivery, lines, reason);
    }
}
