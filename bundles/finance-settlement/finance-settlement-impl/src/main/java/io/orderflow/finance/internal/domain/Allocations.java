package io.orderflow.finance.internal.domain;

import io.orderflow.platform.api.error.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allocating a payment (docs/business-rules.md §5): partly, to one document or several; what is not allocated
 * stays the customer's credit on account. Several payments to one document are several allocations, each against what
 * the ones before left open. Never across currencies: there is no conversion.
 */
public final class Allocations {

    private Allocations() {
    }

    /**
     * The rows a finance user asked for, checked: each to a document that is open, in the payment's currency, more than
     * zero, as exact as the currency, at most what is open on it, each document once, and together at most what the
     * payment has left.
     *
     * @param available what the payment has not allocated yet
     * @param open      the open documents by number
     * @throws io.orderflow.platform.api.error.ValidationException naming each row's problem ({@code allocations[i]...})
     */
    public static AllocationPlan requested(BigDecimal available, String currency, List<Allocation> rows,
                                           Map<String, OpenItem> open) {
        Problems problems = new Problems();
        List<Allocation> taken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            String at = "allocations[" + i + "]";
            Allocation row = rows.get(i);
            OpenItem item = row.document() == null ? null : open.get(row.document());
            if (item == null) {
                problems.add(at + ".document", "no open order or invoice " + row.document() + " of this customer");
                continue;
            }
            if (!seen.add(row.document())) {
                problems.add(at + ".document", row.document() + " is allocated to twice; give it one row");
                continue;
            }
            if (!item.currency().equals(currency)) {
                problems.add(at + ".document", row.document() + " is in " + item.currency() + ", the payment in "
                        + currency + ": money is allocated only in its own currency");
                continue;
            }
            BigDecimal amount = exact(problems, at + ".amount", row.amount(), currency);
            if (amount == null) {
                continue;
            }
            if (amount.compareTo(item.open()) > 0) {
                problems.add(at + ".amount", "at most " + item.open().toPlainString() + " " + currency + " is open on "
                        + row.document());
                continue;
            }
            taken.add(new Allocation(row.document(), amount));
            total = total.add(amount);
        }
        if (problems.isEmptyFor("") && total.compareTo(available) > 0) {
            problems.add("allocations", "together " + total.toPlainString() + " " + currency + ", more than the "
                    + available.toPlainString() + " the payment has left");
        }
        problems.throwIfAny();
        return new AllocationPlan(taken, available.subtract(total));
    }

    private static BigDecimal exact(Problems problems, String field, BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0) {
            problems.add(field, "must be more than zero");
            return null;
        }
        try {
            return CurrencyRules.entered(amount, currency);
        } catch (IllegalArgumentException tooExact) {
            problems.add(field, tooExact.getMessage());
            return null;
        }
    }
}
