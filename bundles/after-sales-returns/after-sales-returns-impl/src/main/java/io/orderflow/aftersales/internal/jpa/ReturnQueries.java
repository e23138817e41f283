package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.UnmatchedReceipt;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

/** The department's queries, by name of what they answer. */
public final class ReturnQueries {

    private ReturnQueries() {
    }

    /** The return, locked for change; null when there is none. */
    public static ReturnEntity lock(EntityManager em, String number) {
        return number == null ? null : em.find(ReturnEntity.class, number, LockModeType.PESSIMISTIC_WRITE);
    }

    /** What the order's other open returns (not rejected) take back of each line already. */
    public static Map<Integer, BigDecimal> returnedOf(EntityManager em, String orderNumber) {
        Map<Integer, BigDecimal> returned = new HashMap<>();
        em.createQuery("SELECT l.lineNo, SUM(l.quantity) FROM ReturnEntity r JOIN r.lines l"
                        + " WHERE r.orderNumber = :order AND r.status <> :rejected GROUP BY l.lineNo", Object[].class)
                .setParameter("order", orderNumber).setParameter("rejected", ReturnStatus.REJECTED).getResultList()
                .forEach(row -> returned.put((Integer) row[0], (BigDecimal) row[1]));
        return returned;
    }

    public static List<ReturnEntity> list(EntityManager em, ReturnStatus status, int limit) {
        // the filter only when asked: "? IS NULL" is refused by PostgreSQL, whose driver cannot type the parameter
        TypedQuery<ReturnEntity> query = em.createQuery("SELECT r FROM ReturnEntity r"
                + (status == null ? "" : " WHERE r.status = :status") + " ORDER BY r.requestedAt DESC, r.number DESC",
                ReturnEntity.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Authorised before {@code before} with goods still to come back. */
    public static List<ReturnEntity> awaitingGoods(EntityManager em, Instant before) {
        return em.createQuery("SELECT r FROM ReturnEntity r WHERE r.status IN :open AND r.authorizedAt < :before"
                        + " ORDER BY r.authorizedAt", ReturnEntity.class)
                .setParameter("open", List.of(ReturnStatus.AUTHORIZED, ReturnStatus.RECEIVED,
                        ReturnStatus.INSPECTED, ReturnStatus.REMEDYING))
                .setParameter("before", Timestamp.from(before)).getResultList().stream()
                .filter(r -> r.progress().values().stream().anyMatch(l -> l.toReceive().signum() > 0)).toList();
    }

    /** The returns whose remedies a document (a replacement order, a credit note) carries out. */
    public static List<ReturnEntity> byRemedyDocument(EntityManager em, String document) {
        return em.createQuery("SELECT DISTINCT r FROM ReturnEntity r JOIN r.remedies m WHERE m.document = :document",
                ReturnEntity.class).setParameter("document", document).getResultList();
    }

    public static List<UnmatchedReceipt> unmatched(EntityManager em) {
        return em.createQuery("SELECT u FROM UnmatchedReceiptEntity u ORDER BY u.id", UnmatchedReceiptEntity.class)
                .getResultList().stream().map(UnmatchedReceiptEntity::toReceipt).toList();
    }
}
