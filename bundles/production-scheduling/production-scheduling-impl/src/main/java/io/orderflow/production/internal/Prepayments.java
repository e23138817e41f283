package io.orderflow.production.internal;

import io.orderflow.finance.api.OrderSettlement;
import io.orderflow.finance.api.PaymentGate;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.salesorder.api.SalesOrder;
import java.util.function.Supplier;

/**
 * Whether an order's money lets its production start (domain.md §1 and §5): an order on prepayment terms
 * ({@code PREPAY_<n>}) or a custom one starts only once finance's {@link PaymentGate} says its prepayment is verified
 * (how much that is, finance decides); any other starts at once. Finance as production reaches it: while it is away
 * nothing waiting is released on a guess ({@link DepartmentUnavailableException}: REST 503, events wait).
 */
final class Prepayments {

    private static final String FINANCE = "finance settlement";

    private final Supplier<PaymentGate> gate;

    /** @param gate the component's dynamic, optional reference to finance's gate (null while finance is away) */
    Prepayments(Supplier<PaymentGate> gate) {
        this.gate = gate;
    }

    static boolean required(SalesOrder order) {
        return order.custom() || PaymentTerms.parse(order.paymentTerms()).kind() == PaymentTerms.Kind.PREPAY;
    }

    /** @throws DepartmentUnavailableException when the order needs a prepayment and finance is away */
    boolean verified(SalesOrder order) {
        return !required(order) || verified(order.number());
    }

    /**
     * Finance's answer for an order that needs a prepayment; "no" for an order finance has not heard of yet.
     *
     * @throws DepartmentUnavailableException when finance is away
     */
    boolean verified(String orderNumber) {
        return DepartmentUnavailableException.require(gate.get(), FINANCE).settlement(orderNumber)
                .map(OrderSettlement::prepaid).orElse(false);
    }
}
