package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.TransferStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

/** What the stock check and available-to-promise read: safety stock, open demand, transfers, expected receipts. */
public final class PlanningQueries {

    private static final List<TransferStatus> OPEN = Arrays.stream(TransferStatus.values())
            .filter(TransferStatus::open).toList();

    private PlanningQueries() {
    }

    /** Safety stock per warehouse. */
    public static Map<String, BigDecimal> safetyStock(EntityManager em, String product) {
        Map<String, BigDecimal> result = new HashMap<>();
        em.createQuery("select s from SafetyStockEntity s where s.productCode = :p", SafetyStockEntity.class)
                .setParameter("p", product).getResultStream().map(SafetyStockEntity::toRecord)
                .forEach(s -> result.put(s.warehouse(), s.quantity()));
        return result;
    }

    public static List<TransferEntity> openTransfers(EntityManager em, String product) {
        return em.createQuery("select t from TransferEntity t where t.productCode = :p and t.status in :open",
                TransferEntity.class).setParameter("p", product).setParameter("open", OPEN).getResultList();
    }

    /** Newest first; {@code product} may be null. */
    public static List<TransferEntity> transfers(EntityManager em, String product, boolean openOnly, int limit) {
        // Derby cannot type "? is null", so the filters are added only when given.
        String where = (product == null ? " where 1 = 1" : " where t.productCode = :p")
                + (openOnly ? " and t.status in :open" : "");
        TypedQuery<TransferEntity> query = em.createQuery("select t from TransferEntity t" + where
                + " order by t.id desc", TransferEntity.class).setMaxResults(limit);
        if (product != null) {
            query.setParameter("p", product);
        }
        if (openOnly) {
            query.setParameter("open", OPEN);
        }
        return query.getResultList();
    }

    /**
     * What open (not released) orders for the product still miss, per customer region: ordered less reserved,
     * counting only orders due by {@code dueBy} when it is given (orders without a due date always count).
     */
    public static Map<String, BigDecimal> missingByRegion(EntityManager em, String product, LocalDate dueBy) {
        String due = dueBy == null ? "" : " and (d.DUE_ON is null or d.DUE_ON <= ?2)";
        Map<String, BigDecimal> missing = new HashMap<>();
        sums(em, "select d.REGION, sum(l.ORDERED) from WAREHOUSE.ORDER_DEMAND d join WAREHOUSE.DEMAND_LINE l"
                + " on l.ORDER_NO = d.ORDER_NO where d.RELEASED = false and l.PRODUCT_CODE = ?1" + due
                + " group by d.REGION", product, dueBy).forEach((region, ordered) -> missing.merge(region, ordered,
                BigDecimal::add));
        sums(em, "select d.REGION, sum(r.QUANTITY) from WAREHOUSE.ORDER_DEMAND d join WAREHOUSE.DEMAND_LINE l"
                + " on l.ORDER_NO = d.ORDER_NO join WAREHOUSE.RESERVATION r on r.ORDER_NO = l.ORDER_NO"
                + " and r.LINE_NO = l.LINE_NO where d.RELEASED = false and l.PRODUCT_CODE = ?1" + due
                + " group by d.REGION", product, dueBy).forEach((region, reserved) -> missing.merge(region,
                reserved.negate(), BigDecimal::add));
        missing.values().removeIf(quantity -> quantity.signum() <= 0);
        return missing;
    }

    private static Map<String, BigDecimal> sums(EntityManager em, String sql, String product, LocalDate dueBy) {
        Query query = em.createNativeQuery(sql).setParameter(1, product);
        if (dueBy != null) {
            query.setParameter(2, Date.valueOf(dueBy));
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            sums.put((String) columns[0], (BigDecimal) columns[1]);
        }
        return sums;
    }

    /**
     * Open expected receipts and shipped transfers arriving by {@code date}; {@code warehouse} may be null (all).
     */
    public static BigDecimal arrivingBy(EntityManager em, String product, String warehouse, LocalDate date) {
        String receiptsIn = warehouse == null ? "" : " and e.warehouseCode = :w";
        String transfersIn = warehouse == null ? "" : " and t.toWarehouse = :w";
        TypedQuery<BigDecimal> receipts = em.createQuery("select sum(e.open) from ExpectedReceiptEntity e"
                + " where e.productCode = :p and e.expectedOn <= :d" + receiptsIn, BigDecimal.class);
        TypedQuery<BigDecimal> transfers = em.createQuery("select sum(t.quantity) from TransferEntity t"
                + " where t.productCode = :p and t.status = :shipped and t.expectedArrival <= :d" + transfersIn,
                BigDecimal.class).setParameter("shipped", TransferStatus.SHIPPED);
        BigDecimal total = BigDecimal.ZERO;
        for (TypedQuery<BigDecimal> query : List.of(receipts, transfers)) {
            query.setParameter("p", product).setParameter("d", date);
            if (warehouse != null) {
                query.setParameter("w", warehouse);
            }
            BigDecimal sum = query.getSingleResult();
            total = sum == null ? total : total.add(sum);
        }
        return total;
    }

    /** What transfers at {@code status} move of the product; only those from {@code fromWarehouse} when it is given. */
    public static BigDecimal transferred(EntityManager em, String product, TransferStatus status, String fromWarehouse) {
        TypedQuery<BigDecimal> query = em.createQuery("select sum(t.quantity) from TransferEntity t where"
                + " t.productCode = :p and t.status = :s" + (fromWarehouse == null ? "" : " and t.fromWarehouse = :w"),
                BigDecimal.class).setParameter("p", product).setParameter("s", status);
        if (fromWarehouse != null) {
            query.setParameter("w", fromWarehouse);
        }
        BigDecimal sum = query.getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** The open expected receipts a receipt with this reference fulfils, earliest first. */
    public static List<ExpectedReceiptEntity> expectedFor(EntityManager em, String warehouse, String product,
                                                          String reference) {
        return em.createQuery("select e from ExpectedReceiptEntity e where e.reference = :r and e.warehouseCode = :w"
                        + " and e.productCode = :p and e.open > 0 order by e.expectedOn, e.id",
                ExpectedReceiptEntity.class).setParameter("r", reference).setParameter("w", warehouse)
                .setParameter("p", product).getResultList();
    }

    /** Open expected receipts, earliest first; {@code product} may be null. */
    public static List<ExpectedReceiptEntity> expectedReceipts(EntityManager em, String product) {
        TypedQuery<ExpectedReceiptEntity> query = em.createQuery("select e from ExpectedReceiptEntity e where e.open > 0"
                + (product == null ? "" : " and e.productCode = :p") + " order by e.expectedOn, e.id",
                ExpectedReceiptEntity.class).setMaxResults(1000);
        if (product != null) {
            query.setParameter("p", product);
        }
        return query.getResultList();
    }
}
