package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.Cause;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.persistence.EntityManager;

/**
 * What came back, as the defect statistics count it, in the caller's transaction: read from the return's tables in
 * SQL, the statistics needing a few columns of them and none of the return's entities.
 */
public final class ReturnedQuantities {

    private ReturnedQuantities() {
    }

    /**
     * A quantity returned of a product.
     *
     * @param cause what inspection found; null for goods received and not inspected yet
     * @param at    when inspected; for goods not inspected yet, when their return was requested
     */
    public record Returned(String productCode, Cause cause, Instant at, BigDecimal quantity) {
    }

    /**
     * What was inspected from {@code from} (included) to {@code to} (excluded), and what was received of the returns
     * requested then and is not inspected yet.
     */
    public static List<Returned> between(EntityManager em, Instant from, Instant to) {
        Stream<Returned> inspected = rows(em, "SELECT PRODUCT_CODE, CAUSE, INSPECTED_AT, QUANTITY"
                + " FROM AFTER_SALES.INSPECTION WHERE INSPECTED_AT >= ?1 AND INSPECTED_AT < ?2", from, to);
        Stream<Returned> waiting = rows(em, "SELECT l.PRODUCT_CODE, CAST(NULL AS VARCHAR(20)), r.REQUESTED_AT,"
                + " l.RECEIVED - l.INSPECTED FROM AFTER_SALES.RETURN_LINE l"
                + " JOIN AFTER_SALES.CUSTOMER_RETURN r ON r.NUMBER = l.RETURN_NUMBER"
                + " WHERE l.RECEIVED > l.INSPECTED AND r.REQUESTED_AT >= ?1 AND r.REQUESTED_AT < ?2", from, to);
        return Stream.concat(inspected, waiting).toList();
    }

    @SuppressWarnings("unchecked")
    private static Stream<Returned> rows(EntityManager em, String sql, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to)).getResultList();
        return rows.stream().map(row -> new Returned((String) row[0],
                row[1] == null ? null : Cause.valueOf((String) row[1]), ((Timestamp) row[2]).toInstant(),
                (BigDecimal) row[3]));
    }
}
