package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Replacement orders for after-sales' exchanges (docs/business-rules.md §2, domain.md §6): zero-priced orders of type
 * {@link OrderType#REPLACEMENT} that are confirmed by the sales director's approval of the exchange, without the review
 * chain, and are then reserved, produced and shipped like any confirmed order. Finance releases them for shipment
 * without payment and never invoices them.
 */
@ProviderType
public interface ReplacementOrderService {

    /**
     * Places the replacement order of an RMA: the original's customer, delivery address, currency, payment terms,
     * contact and installation; each requested line the original line's product, specification and unit at unit price
     * 0, the total 0; the original's region for the warehouse. It is stored {@link OrderStatus#CONFIRMED} with no
     * review steps, {@link SalesOrder#rma()} and {@link SalesOrder#replacementFor()} set, audited as approved by the
     * actor for the RMA, and {@code sales-order/RECEIVED} and {@code sales-order/CONFIRMED} are appended (both carrying
     * {@code type} REPLACEMENT and {@code replacementFor}), all in one transaction. The same RMA again answers the
     * order it made the first time, also when two calls race.
     *
     * @param actor must hold {@code sales-director}
     * @return the replacement order
     * @throws io.orderflow.platform.api.error.ForbiddenException  when the actor is not a sales director
     * @throws io.orderflow.platform.api.error.ValidationException naming each bad field ({@code rma},
     *                                                             {@code originalOrder}, {@code lines[i].lineNo},
     *                                                             {@code lines[i].quantity}); nothing is saved
     * @throws io.orderflow.platform.api.error.ConflictException   when the original is not a customer order of which
     *                                                             something was dispatched, or when the RMA made a
     *                                                             replacement of other lines or another order
     */
    SalesOrder place(ReplacementRequest request, Actor actor);

    /** The replacement order placed for this RMA, if any. */
    Optional<SalesOrder> replacement(String rma);
}
