package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Cancelling an order, and holding it and releasing the hold (docs/business-rules.md §2.5). */
@ProviderType
public interface OrderLifecycleService {

    /**
     * Cancels an order not yet shipped ({@code sales-order/CANCELLED}: warehouse releases its reservations,
     * production stops its orders).
     *
     * @throws io.orderflow.platform.api.error.ValidationException without a reason
     * @throws io.orderflow.platform.api.error.ConflictException   when the order's status forbids it, naming what is
     *                                                             allowed
     */
    SalesOrder cancel(String number, String reason, Actor actor);

    /** Puts an open order on hold, with the reason ({@code sales-order/HELD}). */
    SalesOrder hold(String number, String reason, Actor actor);

    /** Lifts the hold: the order returns to the status it had ({@code sales-order/RELEASED}). */
    SalesOrder release(String number, Actor actor);
}
