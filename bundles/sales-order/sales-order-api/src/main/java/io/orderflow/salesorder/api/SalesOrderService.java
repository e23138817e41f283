package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Sales order intake and queries. */
@ProviderType
public interface SalesOrderService {

    /**
     * Accepts an order: it is stored in {@link OrderStatus#PENDING_CONFIRMATION} with a new number, an audit entry and
     * a {@code sales-order/RECEIVED} event, all in one transaction. The same customer and PO number again returns the
     * existing order, also when two submissions race.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem; nothing is saved
     */
    IntakeResult create(OrderDraft draft, Channel channel, Actor actor);

    /**
     * Accepts the orders of one EDI interchange in one transaction: all of them, with their external references
     * (partner, interchange control number, transaction set control number), or none. An interchange taken before
     * answers with the orders it gave then ({@link InterchangeIntake#replayed()}), also when two deliveries race, so a
     * re-run after a crash creates nothing twice. Each order goes through the same intake rules as {@link #create}
     * (channel EDI).
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem, fields prefixed with
     *                                                             {@code orders[i].}; nothing is saved
     */
    InterchangeIntake createInterchange(String partner, String interchange, List<ExternalOrder> orders, Actor actor);

    /** The order with this number, if any. */
    Optional<SalesOrder> find(String number);

    /** A page of orders, newest first. */
    Page<SalesOrder> list(OrderQuery query);

    /**
     * The order's timeline: the domain events about it, in the order they happened to it. Events reach the timeline
     * a moment after they are committed.
     *
     * @throws SalesOrderNotFoundException when no order has this number
     */
    List<TimelineEntry> timeline(String number);

    /** Order numbers starting with {@code prefix}, newest first, at most {@code limit} (for shell completion). */
    List<String> numbersStartingWith(String prefix, int limit);
}
