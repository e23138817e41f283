package io.orderflow.warehouse.internal.domain;

import io.orderflow.platform.api.error.Problems;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.QuarantineMove;
import java.math.BigDecimal;
import java.util.function.Predicate;

/** What a quarantine move needs before it reaches the ledger; every problem is reported at once. */
public final class QuarantineRules {

    /** The caller's idempotency key (after-sales' RMA and receipt, e.g. RMA-2026-000001/R1). */
    public static final int MAX_REFERENCE = 60;
    /** The ledger's REASON column. */
    public static final int MAX_REASON = 500;

    private QuarantineRules() {
    }

    /**
     * @param move         null counts as a move with every field missing
     * @param knownProduct whether a product code is in the master data
     * @throws io.orderflow.platform.api.error.ValidationException naming every problem
     */
    public static void check(MoveType type, QuarantineMove move, Predicate<String> knownProduct) {
        QuarantineMove m = move != null ? move : new QuarantineMove(null, null, null, null, null);
        Problems problems = new Problems();
        problems.requireText("warehouse", m.warehouse());
        if (problems.requireText("product", m.product()) && !knownProduct.test(m.product().strip())) {
            problems.add("product", "no product " + m.product().strip());
        }
        BigDecimal quantity = m.quantity();
        if (quantity == null) {
            problems.add("quantity", "is required");
        } else if (quantity.signum() <= 0) {
            problems.add("quantity", "must be greater than 0");
        } else if (!Quantities.fits(quantity)) {
            problems.add("quantity", "at most 15 digits and 4 decimals");
        }
        if (problems.requireText("reference", m.reference())) {
            problems.checkCharacters("reference", m.reference(), false);
            problems.limitLength("reference", m.reference().strip(), MAX_REFERENCE);
        }
        if (type == MoveType.QUARANTINE_ISSUE) {
            problems.requireText("reason", m.reason());
        }
        if (m.reason() != null) {
            problems.checkCharacters("reason", m.reason(), true);
            problems.limitLength("reason", m.reason().strip(), MAX_REASON);
        }
        problems.throwIfAny();
    }
}
