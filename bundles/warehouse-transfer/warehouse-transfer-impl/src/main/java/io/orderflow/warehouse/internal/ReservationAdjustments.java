package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity.Held;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reservations that change because stock changed under them: a count that found less than orders hold takes stock
 * back from them, and goods a transfer brings go to the orders of the region that miss them. Orders are locked before
 * stock, like every reservation; each changed order's reservation is announced again. Stateless: the stock,
 * reservation and transfer services each build their own.
 */
public final class ReservationAdjustments {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationAdjustments.class);

    private final EventOutbox outbox;

    public ReservationAdjustments(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /** Locks the open orders that hold the product in the warehouse, in order-number order. */
    List<OrderDemandEntity> lockHolders(EntityManager em, String warehouse, String product) {
        return lock(em, em.createNativeQuery("select distinct r.ORDER_NO from WAREHOUSE.RESERVATION r"
                + " join WAREHOUSE.DEMAND_LINE l on l.ORDER_NO = r.ORDER_NO and l.LINE_NO = r.LINE_NO"
                + " where r.WAREHOUSE_CODE = ?1 and l.PRODUCT_CODE = ?2").setParameter(1, warehouse)
                .setParameter(2, product).getResultList());
    }

    /** Locks the open orders of a region that still miss some of the product, in order-number order. */
    List<OrderDemandEntity> lockShort(EntityManager em, String region, String product) {
        return lock(em, em.createNativeQuery("select distinct d.ORDER_NO from WAREHOUSE.ORDER_DEMAND d"
                + " join WAREHOUSE.DEMAND_LINE l on l.ORDER_NO = d.ORDER_NO where d.RELEASED = false"
                + " and d.REGION = ?1 and l.PRODUCT_CODE = ?2 and l.ORDERED > coalesce((select sum(r.QUANTITY)"
                + " from WAREHOUSE.RESERVATION r where r.ORDER_NO = l.ORDER_NO and r.LINE_NO = l.LINE_NO), 0)")
                .setParameter(1, region).setParameter(2, product).getResultList());
    }

    private static List<OrderDemandEntity> lock(EntityManager em, List<?> numbers) {
        return numbers.stream().map(String::valueOf).sorted()
                .map(number -> em.find(OrderDemandEntity.class, number, LockModeType.PESSIMISTIC_WRITE))
                .filter(demand -> demand != null && !demand.released()).toList();
    }

    /**
     * A count found less on hand than orders hold: takes {@code excess} back from the locked {@code holders}, the
     * order due last first (it has the most time to get stock again; orders without a date last of all).
     */
    void cut(EntityManager em, List<OrderDemandEntity> holders, StockEntity stock, BigDecimal excess, String reason,
             String actor, Instant now) {
        BigDecimal left = excess;
        Comparator<OrderDemandEntity> dueLastFirst = Comparator.comparing(OrderDemandEntity::dueOn,
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(OrderDemandEntity::orderNumber, Comparator.reverseOrder());
        for (OrderDemandEntity demand : holders.stream().sorted(dueLastFirst).toList()) {
            boolean changed = false;
            for (Held held : demand.reservations()) {
                if (left.signum() <= 0 || !held.warehouse().equals(stock.warehouseCode())
                        || !demand.productOf(held.lineNo()).equals(stock.productCode())) {
                    continue;
                }
                BigDecimal take = left.min(held.quantity());
                Ledger.post(em, stock, new Ledger.Move(MoveType.RELEASE, held.warehouse(), stock.productCode(), take,
                        "count: " + reason, demand.orderNumber(), actor, now), Bucket.RESERVED, take.negate());
                demand.cut(held.lineNo(), held.warehouse(), take);
                left = left.subtract(take);
                changed = true;
            }
            if (changed) {
                LOG.info("Order {}: reservation cut by a count in {}; {} missing now", demand.orderNumber(),
                        stock.warehouseCode(), Quantities.text(ReservationEvents.announce(outbox, em, demand, now)
                                .missing()));
            }
        }
    }

    /**
     * Goods arrived in the warehouse of the locked {@code waiting} orders' region: reserves what they miss there, the
     * order due first first (orders without a date last).
     */
    void fill(EntityManager em, List<OrderDemandEntity> waiting, StockEntity stock, String reference, Instant now) {
        Comparator<OrderDemandEntity> dueFirst = Comparator.comparing(OrderDemandEntity::dueOn,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(OrderDemandEntity::orderNumber);
        for (OrderDemandEntity demand : waiting.stream().sorted(dueFirst).toList()) {
            boolean changed = false;
            for (LineReservation line : demand.toRecord().lines()) {
                BigDecimal take = line.missing().min(stock.balance().available());
                if (!line.product().equals(stock.productCode()) || take.signum() <= 0) {
                    continue;
                }
                Ledger.post(em, stock, new Ledger.Move(MoveType.RESERVE, stock.warehouseCode(), stock.productCode(),
                        take, "line " + line.lineNo() + ", arrived by " + reference, demand.orderNumber(), "system",
                        now), Bucket.RESERVED, take);
                demand.reserved(line.lineNo(), stock.warehouseCode(), take);
                changed = true;
            }
            if (changed) {
                LOG.info("Order {}: reserved from goods arrived in {} ({}); {} missing now", demand.orderNumber(),
                        stock.warehouseCode(), reference, Quantities.text(ReservationEvents.announce(outbox, em, demand,
                                now).missing()));
            }
        }
    }
}
