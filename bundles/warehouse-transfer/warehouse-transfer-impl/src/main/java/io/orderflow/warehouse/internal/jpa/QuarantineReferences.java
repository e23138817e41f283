package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.StockMove;
import java.util.Optional;
import javax.persistence.EntityManager;

/** The moves quarantine made per move type and caller's reference (QUARANTINE_REFERENCE, script V4). */
public final class QuarantineReferences {

    private QuarantineReferences() {
    }

    /** The move made under this type and reference, if any. */
    public static Optional<StockMove> find(EntityManager em, MoveType type, String reference) {
        return em.createNativeQuery("select MOVE_ID from WAREHOUSE.QUARANTINE_REFERENCE where MOVE_TYPE = ?1"
                        + " and REFERENCE = ?2").setParameter(1, type.name()).setParameter(2, reference)
                .getResultStream().findFirst()
                .map(id -> em.find(StockMoveEntity.class, ((Number) id).longValue()).toRecord());
    }

    /**
     * Files the move under its type and reference; a concurrent transaction that filed the same first makes this one
     * fail on the key (and run again, finding it).
     */
    public static void file(EntityManager em, StockMove move) {
        em.createNativeQuery("insert into WAREHOUSE.QUARANTINE_REFERENCE (MOVE_TYPE, REFERENCE, MOVE_ID)"
                        + " values (?1, ?2, ?3)").setParameter(1, move.type().name())
                .setParameter(2, move.reference()).setParameter(3, move.id()).executeUpdate();
    }
}
