package io.orderflow.aftersales.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/** What logistics shipped of an order and of a product, in the caller's transaction. */
public final class ShippedLines {

    private ShippedLines() {
    }

    /**
     * What was dispatched of an order line, over all its shipments.
     *
     * @param customerId the customer the order's first dispatch named; null when logistics did not say
     */
    public record Shipped(int lineNo, String productCode, BigDecimal quantity, String customerId) {
    }

    /** A product's quantity dispatched on a day (business zone). */
    public record ShippedOn(String productCode, LocalDate day, BigDecimal quantity) {
    }

    /** The order's dispatched lines by line number, ascending; empty when nothing of it was dispatched. */
    public static Map<Integer, Shipped> shipped(EntityManager em, String orderNumber) {
        List<Object[]> sums = em.createQuery("SELECT s.lineNo, s.productCode, SUM(s.quantity), MIN(s.customerId)"
                        + " FROM ShippedLineEntity s WHERE s.orderNumber = :order"
                        + " GROUP BY s.lineNo, s.productCode", Object[].class)
                .setParameter("order", orderNumber).getResultList();
        Map<Integer, Shipped> lines = new TreeMap<>();
        for (Object[] sum : sums) {
            int lineNo = ((Number) sum[0]).intValue();
            lines.put(lineNo, new Shipped(lineNo, (String) sum[1], (BigDecimal) sum[2], (String) sum[3]));
        }
        return lines;
    }

    /**
     * The day the order was delivered, which the return policy counts from: the latest day a shipment of it was
     * signed for; before any sign-off, the latest day one was dispatched. Empty when nothing of it was dispatched.
     */
    /**
     * Locks the order's shipped lines until the caller's transaction ends: two returns of one order recorded at once
     * are counted one after the other, so together they never take back more than was shipped.
     */
    public static void lock(EntityManager em, String orderNumber) {
        em.createQuery("SELECT s FROM ShippedLineEntity s WHERE s.orderNumber = :order", ShippedLineEntity.class)
                .setParameter("order", orderNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public static Optional<LocalDate> deliveredOn(EntityManager em, String orderNumber) {
        Object[] days = em.createQuery("SELECT MAX(s.deliveredOn), MAX(s.dispatchedOn) FROM ShippedLineEntity s"
                + " WHERE s.orderNumber = :order", Object[].class).setParameter("order", orderNumber).getSingleResult();
        return Optional.ofNullable((LocalDate) (days[0] != null ? days[0] : days[1]));
    }

    /** Each product's dispatched quantity per day from {@code first} to {@code last}, both included. */
    public static List<ShippedOn> shippedBetween(EntityManager em, LocalDate first, LocalDate last) {
        return em.createQuery("SELECT s.productCode, s.dispatchedOn, SUM(s.quantity) FROM ShippedLineEntity s"
                        + " WHERE s.dispatchedOn BETWEEN :first AND :last"
                        + " GROUP BY s.productCode, s.dispatchedOn", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList().stream()
                .map(sum -> new ShippedOn((String) sum[0], (LocalDate) sum[1], (BigDecimal) sum[2])).toList();
    }

    /** The rows of a shipment, for its sign-off. */
    public static List<ShippedLineEntity> ofShipment(EntityManager em, String shipment) {
        return em.createQuery("SELECT s FROM ShippedLineEntity s WHERE s.shipment = :shipment",
                ShippedLineEntity.class).setParameter("shipment", shipment).getResultList();
    }
}
