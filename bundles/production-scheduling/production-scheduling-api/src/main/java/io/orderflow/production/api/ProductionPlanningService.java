package io.orderflow.production.api;

import io.orderflow.platform.api.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The schedule and the purchase plan (docs/business-rules.md §3.2, §3.3): computed from the open production
 * requirements with finite capacity, approved by the production VP, which releases the production orders and hands the
 * purchases over.
 */
@ProviderType
public interface ProductionPlanningService {

    SchedulePlan schedule();

    /**
     * The production VP approves the schedule and the purchase plan: planned production orders are released
     * ({@code production/STARTED}; orders whose prepayment is missing wait for it) and the purchases go to purchasing.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role {@code production-vp}
     * @throws io.orderflow.platform.api.error.ConflictException  when there is nothing to approve
     */
    SchedulePlan approve(String remark, Actor actor);

    /** The completion date an order for {@code quantity} of {@code product} would get if it were added now. */
    LocalDate projection(String product, BigDecimal quantity);

    List<Purchase> purchases();

    /**
     * Purchasing records when a purchase arrives; the schedule is recomputed.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role {@code purchasing}
     */
    Purchase recordArrival(long purchaseId, LocalDate expectedArrival, Actor actor);

    /**
     * The purchase arrived: its quantity joins the material's stock and the purchase is closed; the schedule is
     * recomputed.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role {@code purchasing}
     */
    Purchase receivePurchase(long purchaseId, Actor actor);
}
