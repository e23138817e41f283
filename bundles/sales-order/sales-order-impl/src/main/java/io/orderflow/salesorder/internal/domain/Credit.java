package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.PaymentTerms;
import java.util.Optional;

/** The credit rule of docs/business-rules.md §2.3, and the prepayment the terms ask. */
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

    /**
     * The share the terms ask to be paid before production ({@code PREPAY_<n>}), 0 for any other. A custom order's
     * share is finance's rule (its {@code orderflow.finance.prepayment}), which takes the larger of the two.
     */
    public static int prepaymentPercent(PaymentTerms terms) {
        return terms.kind() == PaymentTerms.Kind.PREPAY ? terms.value() : 0;
    }
}
