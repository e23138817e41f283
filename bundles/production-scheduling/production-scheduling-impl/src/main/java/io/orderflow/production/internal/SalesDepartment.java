package io.orderflow.production.internal;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.salesorder.api.PrepaymentService;
import io.orderflow.salesorder.api.SalesOrderService;
import java.util.function.Supplier;

/**
 * Sales as production reaches it: there, or away (stopped, being updated, not installed), without production going
 * down with it. While it is away, work that needs it is refused with {@link DepartmentUnavailableException} (REST 503,
 * events wait) and nothing is decided on a guess: no production order is released without its prepayment known. A
 * plain object over the references of the component that builds it (planning and the order subscriber each hold
 * their own, as dynamic optional references).
 */
public final class SalesDepartment {

    private static final String NAME = "sales order";

    private final Supplier<SalesOrderService> orders;
    private final Supplier<PrepaymentService> prepayments;

    /**
     * @param orders      the component's dynamic, optional, greedy reference to sales' service (null while away)
     * @param prepayments the same for prepayments; greedy, so finance's implementation, ranked higher, replaces sales'
     *                    first one when it arrives
     */
    SalesDepartment(Supplier<SalesOrderService> orders, Supplier<PrepaymentService> prepayments) {
        this.orders = orders;
        this.prepayments = prepayments;
    }

    /** @throws DepartmentUnavailableException when sales is away */
    SalesOrderService orders() {
        return DepartmentUnavailableException.require(orders.get(), NAME);
    }

    /** @throws DepartmentUnavailableException when no department answers for prepayments */
    PrepaymentService prepayments() {
        return DepartmentUnavailableException.require(prepayments.get(), NAME);
    }
}
