package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.domain.StockBalance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** The reading queries of the warehouse tables; entities stay in this package, records go out. */
public final class WarehouseQueries {

    private WarehouseQueries() {
    }

    public static List<Warehouse> warehouses(EntityManager em) {
        return em.createQuery("select w from WarehouseEntity w order by w.priority, w.code", WarehouseEntity.class)
                .getResultStream().map(WarehouseEntity::toRecord).toList();
    }

    /** What the receipt with this reference brought in, if the ledger has one. */
    public static Optional<BigDecimal> receivedQuantity(EntityManager em, String reference) {
        return em.createQuery("select m.quantity from StockMoveEntity m where m.reference = :r and m.type = :t",
                BigDecimal.class).setParameter("r", reference).setParameter("t", MoveType.RECEIPT).getResultStream()
                .findFirst();
    }

    /** The order that quantities were shipped or closed for under this reference, if any. */
    public static Optional<String> settlementOrder(EntityManager em, SettlementEmbeddable.Kind kind, String reference) {
        return em.createNativeQuery("select ORDER_NO from WAREHOUSE.DEMAND_SETTLEMENT where KIND = ?1 and REFERENCE = ?2")
                .setParameter(1, kind.name()).setParameter(2, reference).getResultStream().findFirst()
                .map(String::valueOf);
    }

    /** The first warehouse (by priority) of a region; the first of all when the region has none or is null. */
    public static String firstOfRegion(EntityManager em, String region) {
        List<Warehouse> all = warehouses(em);
        return all.stream().filter(w -> w.region().equals(region)).findFirst().orElse(all.get(0)).code();
    }

    /** One row per warehouse, zeros where the product has never been. */
    public static List<StockRow> stock(EntityManager em, String product) {
        Map<String, StockBalance> balances = new HashMap<>();
        em.createQuery("select s from StockEntity s where s.productCode = :p", StockEntity.class)
                .setParameter("p", product).getResultStream()
                .forEach(s -> balances.put(s.warehouseCode(), s.balance()));
        return warehouses(em).stream().map(w -> row(w, product, balances.getOrDefault(w.code(), StockBalance.EMPTY)))
                .toList();
    }

    private static StockRow row(Warehouse warehouse, String product, StockBalance b) {
        return new StockRow(warehouse.code(), warehouse.region(), product, Quantities.normal(b.onHand()),
                Quantities.normal(b.reserved()), Quantities.normal(b.available()), Quantities.normal(b.inTransit()),
                Quantities.normal(b.quarantine()));
    }

    public static List<StockMove> moves(EntityManager em, String product, String warehouse, int limit) {
        // Derby cannot type "? is null", so the filters are added only when given.
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (product != null) {
            where.append(" and m.productCode = :p");
        }
        if (warehouse != null) {
            where.append(" and m.warehouseCode = :w");
        }
        TypedQuery<StockMoveEntity> query = em.createQuery("select m from StockMoveEntity m" + where
                + " order by m.id desc", StockMoveEntity.class).setMaxResults(limit);
        if (product != null) {
            query.setParameter("p", product);
        }
        if (warehouse != null) {
            query.setParameter("w", warehouse);
        }
        return query.getResultStream().map(StockMoveEntity::toRecord).toList();
    }

    /** Each balance next to the sums of its postings: one sentence per quantity that differs. */
    public static List<String> ledgerMismatches(EntityManager em) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object[] row : em.createQuery("select p.warehouseCode, p.productCode, p.bucket, sum(p.delta)"
                + " from StockMoveEntity m join m.postings p group by p.warehouseCode, p.productCode, p.bucket",
                Object[].class).getResultList()) {
            sums.put(row[0] + "/" + row[1] + "/" + row[2], (BigDecimal) row[3]);
        }
        List<String> mismatches = new ArrayList<>();
        for (StockEntity stock : em.createQuery("select s from StockEntity s", StockEntity.class).getResultList()) {
            for (Bucket bucket : Bucket.values()) {
                String key = stock.warehouseCode() + "/" + stock.productCode() + "/" + bucket;
                BigDecimal ledger = sums.getOrDefault(key, BigDecimal.ZERO);
                BigDecimal balance = stock.balance().get(bucket);
                if (ledger.compareTo(balance) != 0) {
                    mismatches.add(key + ": balance " + Quantities.text(balance) + ", ledger " + Quantities.text(ledger));
                }
            }
        }
        return mismatches;
    }

    public static long balanceCount(EntityManager em) {
        return em.createQuery("select count(s) from StockEntity s", Long.class).getSingleResult();
    }
}
