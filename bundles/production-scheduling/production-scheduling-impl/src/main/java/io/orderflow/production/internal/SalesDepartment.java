package io.orderflow.production.internal;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.salesorder.api.PrepaymentService;
import io.orderflow.salesorder.api.SalesOrderService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Sales as production reaches it: there, or away (stopped, being updated, not installed), without production going
 * down with it. While it is away, work that needs it is refused with {@link DepartmentUnavailableException} (REST 503,
 * events wait) and nothing is decided on a guess: no production order is released without its prepayment known.
 */
@Component(service = SalesDepartment.class)
public final class SalesDepartment {

    private static final String NAME = "sales order";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService orders;

    /** Greedy: finance's implementation, ranked higher, replaces sales' first one when it arrives. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PrepaymentService prepayments;

    /** @throws DepartmentUnavailableException when sales is away */
    SalesOrderService orders() {
        return DepartmentUnavailableException.require(orders, NAME);
    }

    /** @throws DepartmentUnavailableException when no department answers for prepayments */
    PrepaymentService prepayments() {
        return DepartmentUnavailableException.require(prepayments, NAME);
    }
}
