package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The review of orders (docs/business-rules.md §2.2–§2.4): decisions under the approval matrix, and the confirmation.
 */
@ProviderType
public interface OrderReviewService {

    /**
     * Records a decision on the step of {@code role} that is due. Approving the last step confirms the order
     * ({@code sales-order/CONFIRMED}); a rejection ends the review ({@code sales-order/REJECTED}, the remark as reason).
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor does not hold {@code role}, or entered
     *                                                            the order (unless allowed by configuration)
     * @throws io.orderflow.platform.api.error.ConflictException  when the order is not under review, no step of
     *                                                            {@code role} is due, or the credit check fails
     * @throws io.orderflow.platform.api.error.ValidationException when a rejection has no remark
     * @throws SalesOrderNotFoundException                         when no order has this number
     */
    SalesOrder decide(String number, Decision decision, String role, String remark, Actor actor);

    /** The approval matrix in force, in rank order. */
    List<ApprovalRule> approvalMatrix();

    /**
     * The order confirmation of a confirmed order (or one past confirmation).
     *
     * @throws io.orderflow.platform.api.error.ConflictException when the order is not confirmed
     */
    OrderConfirmation confirmation(String number);
}
