package io.orderflow.production.internal;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.salesorder.api.SalesOrderService;
import java.util.function.Supplier;

/**
 * Sales as production reaches it: there, or away (stopped, being updated, not installed), without production going
 * down with it. While it is away, work that needs it is refused with {@link DepartmentUnavailableException} (REST 503,
 * events wait). A plain object over the reference of the component that builds it (planning and the order subscriber
 * each hold their own, as dynamic optional references).
 */
public final class SalesDepartment {

    private static final String NAME = "sales order";

    private final Supplier<SalesOrderService> orders;

    /** @param orders the component's dynamic, optional, greedy reference to sales' service (null while away) */
    SalesDepartment(Supplier<SalesOrderService> orders) {
        this.orders = orders;
    }

    /** @throws DepartmentUnavailableException when sales is away */
    SalesOrderService orders() {
        return DepartmentUnavailableException.require(orders.get(), NAME);
    }
}
