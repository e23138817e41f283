package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes of an order not yet shipped (docs/business-rules.md §2.5): requested for the customer, checked by production
 * (feasibility, new date), confirmed by the customer, and kept as a new revision; earlier revisions stay readable.
 */
@ProviderType
public interface OrderChangeService {

    /**
     * Records a change request ({@code sales-order/CHANGE_REQUESTED}) for production to assess.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem of the draft
     * @throws io.orderflow.platform.api.error.ConflictException   when the order can no longer change
     */
    ChangeRequest request(String number, ChangeDraft draft, Actor actor);

    /**
     * Production's answer: feasible by {@code projectedDelivery} (ISO date), or not.
     *
     * @throws io.orderflow.platform.api.error.ConflictException when the request is not waiting for an answer
     */
    ChangeRequest assess(String number, long changeId, boolean feasible, String projectedDelivery, String remark,
                         Actor actor);

    /**
     * The customer confirmed a feasible change: it becomes the order's next revision ({@code sales-order/REVISED}),
     * with production's projected date.
     */
    SalesOrder apply(String number, long changeId, Actor actor);

    /** Drops a change that is not applied yet, with the reason. */
    ChangeRequest withdraw(String number, long changeId, String reason, Actor actor);

    /** The order's change requests, oldest first. */
    List<ChangeRequest> changeRequests(String number);

    /** Every revision of the order, the current one last. */
    List<OrderRevision> revisions(String number);
}
