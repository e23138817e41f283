package io.orderflow.production.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Rework orders: production orders for returned goods, not tied to a sales order. A rework order is planned with the
 * others (after every sales order, for it has no promised date), released by the production VP's approval without any
 * prepayment gate, reported on and inspected like the others; what passes inspection is received into stock on hand
 * ({@code production/QUALITY_PASSED} with the rework's reference as its aggregate). It announces neither
 * {@code production/STARTED}, {@code DELAYED} nor {@code COMPLETED}, which speak of sales orders.
 */
@ProviderType
public interface ReworkService {

    /**
     * Orders the rework of {@code request.quantity()} units of {@code request.product()}, audited, and re-plans.
     * Idempotent by reference: the same reference with the same product and quantity answers the order made the
     * first time, whatever has happened to it since.
     *
     * @return the rework order ({@link ProductionOrder#reworkReference()} set, no order number)
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role {@code quality}, unless the actor is
     *                                                            {@link Actor#SYSTEM}
     * @throws io.orderflow.platform.api.error.ValidationException naming the fields at fault (a product production
     *                                                             does not make is one)
     * @throws io.orderflow.platform.api.error.ConflictException   when the reference names a rework order of another
     *                                                             product or quantity
     */
    ProductionOrder rework(ReworkRequest request, Actor actor);

    /**
     * The rework orders whose reference is {@code reference} or starts with {@code reference + "/"} (so a return's
     * number finds the rework orders of its lines), newest first; every rework order (at most 500) when null or blank.
     */
    List<ProductionOrder> reworks(String reference);
}
