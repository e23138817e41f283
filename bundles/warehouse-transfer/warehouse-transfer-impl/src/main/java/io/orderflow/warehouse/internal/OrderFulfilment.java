package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.LineCheck;
import io.orderflow.warehouse.internal.domain.LineCheck.Limit;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.Ledger.Posting;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import io.orderflow.warehouse.internal.jpa.SettlementEmbeddable.Kind;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What leaves an order's demand when logistics ships part of it or closes a rest without shipping: the lines want
 * that much less, and their stock leaves the warehouse (shipped) or is given back (closed) through the ledger, once
 * per reference. Locks as every reservation does: the order's demand first, then the stock of its products in
 * product and warehouse order. No event: the order's reservation covers what is still open as before, and a fresh
 * {@code STOCK_RESERVED} would read to sales as a new reservation. Stateless: the reservation service builds it.
 */
final class OrderFulfilment {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFulfilment.class);

    private final TransferPlanner planner;
    private final AuditTrail audit;

    OrderFulfilment(TransferPlanner planner, AuditTrail audit) {
        this.planner = planner;
        this.audit = audit;
    }

    /** The lines logistics names: at least one, none null. */
    static void requireLines(List<OrderLineQuantity> lines) {
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("lines", "name at least one line (lineNo, product, specification,"
                    + " quantity) and no empty entries");
        }
    }

    /** Why the order cannot give these lines, one sentence each; empty when it can. */
    static List<String> problems(String orderNumber, OrderDemandEntity demand, List<OrderLineQuantity> lines,
                                 Limit limit) {
        if (demand == null) {
            return List.of("order " + orderNumber + " has no reservation");
        }
        if (demand.released()) {
            return List.of("order " + orderNumber + " was cancelled and its reservation given back");
        }
        return LineCheck.problems(demand.toRecord().lines(), lines, limit);
    }

    /** Within the caller's transaction: the shipment's goods leave from the order's reservation. */
    void ship(EntityManager em, String orderNumber, String shipmentId, List<OrderLineQuantity> lines, Actor actor,
              Instant now) {
        settle(em, Kind.SHIPPED, orderNumber, shipmentId, lines, "shipment " + shipmentId, null, actor, now);
    }

    /** Within the caller's transaction: the rest of the lines is closed and its reservation given back. */
    void close(EntityManager em, String orderNumber, String reference, List<OrderLineQuantity> lines, String reason,
               Actor actor, Instant now) {
        settle(em, Kind.CLOSED, orderNumber, reference, lines, "rest closed", reason, actor, now);
    }

    private void settle(EntityManager em, Kind kind, String orderNumber, String reference,
                        List<OrderLineQuantity> lines, String why, String reason, Actor actor, Instant now) {
        OrderDemandEntity demand = em.find(OrderDemandEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
        if (doneBefore(em, kind, orderNumber, demand, reference, lines)) {
            return;
        }
        List<String> problems = problems(orderNumber, demand, lines, kind == Kind.SHIPPED ? Limit.RESERVED : Limit.OPEN);
        if (!problems.isEmpty()) {
            throw new ConflictException("order " + orderNumber + ", " + why + ": " + String.join("; ", problems));
        }
        Map<String, List<StockEntity>> locked = new TreeMap<>();
        lines.stream().map(OrderLineQuantity::product).sorted().distinct()
                .forEach(product -> locked.put(product, Ledger.lockAll(em, product)));
        Map<Integer, LineReservation> held = demand.toRecord().lines().stream()
                .collect(Collectors.toMap(LineReservation::lineNo, Function.identity()));
        List<String> done = new ArrayList<>();
        for (OrderLineQuantity line : lines.stream().sorted(Comparator.comparingInt(OrderLineQuantity::lineNo))
                .toList()) {
            LineReservation before = held.get(line.lineNo());
            // A closed rest gives back only what the line would hold beyond what it still wants afterwards.
            BigDecimal fromStock = kind == Kind.SHIPPED ? line.quantity()
                    : before.reserved().subtract(before.ordered().subtract(line.quantity())).max(BigDecimal.ZERO);
            String moveReason = "order " + orderNumber + " line " + line.lineNo() + ", " + why
                    + (reason == null ? "" : ": " + reason);
            for (Allocation part : parts(before, fromStock)) {
                StockEntity stock = Ledger.in(locked.get(line.product()), part.warehouse());
                Ledger.post(em, new Ledger.Move(kind == Kind.SHIPPED ? MoveType.SHIPMENT_ISSUE : MoveType.RELEASE,
                        part.warehouse(), line.product(), part.quantity(), moveReason, reference, actor.name(), now),
                        postings(kind, stock, part.quantity()));
                demand.cut(line.lineNo(), part.warehouse(), part.quantity());
            }
            demand.settle(kind, reference, line.lineNo(), line.quantity(), now);
            done.add("line " + line.lineNo() + " " + Quantities.text(line.quantity()));
        }
        locked.forEach((product, stocks) -> planner.review(em, product, stocks, now));
        audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(),
                actor.actingRole(Roles.LOGISTICS, Roles.WAREHOUSE), kind == Kind.SHIPPED ? "STOCK_SHIPMENT_ISSUE"
                : "RESERVATION_REST_CLOSED", orderNumber, reason, String.join(", ", done) + " ref " + reference));
        LOG.info("Order {}: {} ({})", orderNumber, why, String.join(", ", done));
    }

    /** {@code quantity} taken off the line's reservation, warehouse by warehouse. */
    private static List<Allocation> parts(LineReservation line, BigDecimal quantity) {
        List<Allocation> parts = new ArrayList<>();
        BigDecimal left = quantity;
        for (Allocation allocation : line.allocations()) {
            BigDecimal part = left.min(allocation.quantity());
            if (part.signum() > 0) {
                parts.add(new Allocation(allocation.warehouse(), part));
                left = left.subtract(part);
            }
        }
        return parts;
    }

    /** A shipment lowers reserved and on hand (reserved first, so on hand never dips below it), a closed rest reserved. */
    private static List<Posting> postings(Kind kind, StockEntity stock, BigDecimal quantity) {
        Posting unreserve = new Posting(stock, Bucket.RESERVED, quantity.negate());
        return kind == Kind.SHIPPED ? List.of(unreserve, new Posting(stock, Bucket.ON_HAND, quantity.negate()))
                : List.of(unreserve);
    }

    /**
     * Whether the reference was settled before with these lines for this order: then there is nothing to do.
     *
     * @throws ConflictException when it was settled for another order or with other lines
     */
    private static boolean doneBefore(EntityManager em, Kind kind, String orderNumber, OrderDemandEntity demand,
                                      String reference, List<OrderLineQuantity> lines) {
        Optional<String> owner = WarehouseQueries.settlementOrder(em, kind, reference);
        if (owner.isEmpty()) {
            return false;
        }
        String name = (kind == Kind.SHIPPED ? "shipment " : "closing ") + reference;
        if (!owner.get().equals(orderNumber)) {
            throw new ConflictException(name + " belongs to order " + owner.get() + ", not " + orderNumber);
        }
        List<OrderLineQuantity> earlier = demand.settled(kind, reference);
        if (!LineCheck.same(earlier, lines)) {
            throw new ConflictException(name + " of order " + orderNumber + " took other lines: " + earlier.stream()
                    .map(line -> "line " + line.lineNo() + " " + Quantities.text(line.quantity()))
                    .collect(Collectors.joining(", ")));
        }
        return true;
    }
}
