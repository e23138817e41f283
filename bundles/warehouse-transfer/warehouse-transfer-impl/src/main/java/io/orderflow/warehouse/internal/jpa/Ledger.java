package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.internal.domain.Bucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * The only writer of stock: every change is a move with its postings, and the balance changes by exactly those
 * postings in the same transaction. Balances are locked before they change, so concurrent moves of one stock
 * happen one after the other.
 */
public final class Ledger {

    /** A move as written: what, where, how much, why and by whom. */
    public record Move(MoveType type, String warehouse, String product, BigDecimal quantity, String reason,
                       String reference, String actor, Instant at) {
    }

    private Ledger() {
    }

    /**
     * Every balance of a product, locked one by one in warehouse order (the same order everywhere, so transactions
     * queue instead of deadlocking; Derby allows no ORDER BY in a locking query). The balances in {@code including}
     * are created where the product has never been, after the existing ones are locked: a new row inserted first
     * would be held while this transaction waits for the rows other first receipts inserted, and those wait for it.
     */
    public static List<StockEntity> lockAll(EntityManager em, String product, String... including) {
        List<String> warehouses = em.createQuery("select s.warehouseCode from StockEntity s where s.productCode = :p",
                String.class).setParameter("p", product).getResultList();
        List<StockEntity> locked = new ArrayList<>(warehouses.stream().sorted().map(warehouse -> em.find(
                StockEntity.class, new StockKey(warehouse, product), LockModeType.PESSIMISTIC_WRITE)).toList());
        for (String warehouse : including) {
            if (!warehouses.contains(warehouse)) {
                StockEntity created = new StockEntity(warehouse, product);
                em.persist(created);
                em.flush();
                locked.add(created);
            }
        }
        locked.sort(Comparator.comparing(StockEntity::warehouseCode));
        return locked;
    }

    /** The balance of one warehouse among those {@link #lockAll} locked. */
    public static StockEntity in(List<StockEntity> locked, String warehouse) {
        return locked.stream().filter(stock -> stock.warehouseCode().equals(warehouse)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the balance in " + warehouse + " was not locked"));
    }

    /** A change of one quantity of one locked balance. */
    public record Posting(StockEntity stock, Bucket bucket, BigDecimal delta) {
    }

    /**
     * Writes the move and changes {@code bucket} of the locked balance by {@code delta}.
     *
     * @throws io.orderflow.platform.api.error.ConflictException when the balance's rules refuse it; nothing is written
     */
    public static StockMoveEntity post(EntityManager em, StockEntity stock, Move move, Bucket bucket, BigDecimal delta) {
        return post(em, move, List.of(new Posting(stock, bucket, delta)));
    }

    /**
     * Writes the move with its postings, applied to their locked balances in the given order (a shipment lowers
     * reserved before on hand, so that on hand never dips below reserved on the way).
     *
     * @throws io.orderflow.platform.api.error.ConflictException when a balance's rules refuse a posting; the caller's
     *                                                           transaction then rolls back whatever went before
     */
    public static StockMoveEntity post(EntityManager em, Move move, List<Posting> postings) {
        StockMoveEntity entity = new StockMoveEntity(move.type(), move.warehouse(), move.product(), move.quantity(),
                move.reason(), move.reference(), move.actor(), move.at());
        for (Posting posting : postings) {
            StockEntity stock = posting.stock();
            stock.set(stock.balance().plus(posting.bucket(), posting.delta(), move.type().name().toLowerCase()
                    .replace('_', ' ') + " of " + move.product() + " in " + stock.warehouseCode()));
            entity.addPosting(new PostingEmbeddable(stock.warehouseCode(), stock.productCode(), posting.bucket(),
                    posting.delta()));
        }
        em.persist(entity);
        return entity;
    }
}
