package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.PaymentTerms;
import java.util.Optional;

/** The credit and prepayment rules of docs/business-rules.md §2.3. */
public final class Credit {

    private Credit() {
    }

    /**
     * By how much this order takes the customer over the credit limit: open receivables + this order − limit, when
     * positive. Fully prepaid orders are never over.
     */
    public static Optional<Money> excess(Money openReceivables, Money orderTotal, Money creditLimit, PaymentTerms terms) {
        if (terms.kind() == PaymentTerms.Kind.PREPAY && terms.value() == 100) {
            return Optional.empty();
        }
        Money over = openReceivables.plus(orderTotal).minus(creditLimit);
        return over.amount().signum() > 0 ? Optional.of(over) : Optional.empty();
    }

    /** The share to be paid before production: the larger of the custom-order percentage and the PREPAY_n. */
    public static int requiredPrepaymentPercent(PaymentTerms terms, boolean custom, int customPercent) {
        int byTerms = terms.kind() == PaymentTerms.Kind.PREPAY ? terms.value() : 0;
        return Math.max(custom ? customPercent : 0, byTerms);
    }
}
