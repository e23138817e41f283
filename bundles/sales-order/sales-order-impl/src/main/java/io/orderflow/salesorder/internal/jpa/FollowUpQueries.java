package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.DelayReport;
import io.orderflow.salesorder.api.FollowUpEntry;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.domain.SalesArchive.ArchiveLine;
import io.orderflow.salesorder.internal.domain.SalesMeasures.OrderFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;

/** The follow-up lists, measures and archive read only the columns they need, never whole orders. */
public final class FollowUpQueries {

    /** Orders still open: neither finished nor turned away. */
    private static final List<OrderStatus> CLOSED = List.of(OrderStatus.COMPLETED, OrderStatus.REJECTED,
            OrderStatus.CANCELLED);
    private static final String ENTRY = "select o.number, o.customerId, o.customerPo, o.status, o.statusChangedAt,"
            + " o.confirmationDueAt, o.enteredBy from SalesOrderEntity o";

    private FollowUpQueries() {
    }

    public static List<FollowUpEntry> overdueForConfirmation(EntityManager em, Instant now) {
        return entries(em.createQuery(ENTRY + " where o.status = :status and o.confirmationDueAt < :now"
                        + " order by o.confirmationDueAt, o.number", Object[].class)
                .setParameter("status", OrderStatus.PENDING_CONFIRMATION).setParameter("now", now).getResultList());
    }

    public static List<FollowUpEntry> unchangedSince(EntityManager em, Instant since) {
        return entries(em.createQuery(ENTRY + " where o.status not in :closed and o.statusChangedAt < :since"
                        + " order by o.statusChangedAt, o.number", Object[].class)
                .setParameter("closed", CLOSED).setParameter("since", since).getResultList());
    }

    public static List<DelayReport> delaysNotNotified(EntityManager em) {
        return em.createQuery("select d, o.customerId from OrderDelayEntity d, SalesOrderEntity o"
                        + " where o.number = d.orderNumber and d.notifiedAt is null order by d.noticeDueAt, d.id",
                        Object[].class).getResultStream()
                .map(row -> ((OrderDelayEntity) row[0]).toRecord((String) row[1])).toList();
    }

    /** The delays of one order the customer has not been told about, oldest first. */
    public static List<OrderDelayEntity> delaysToNotify(EntityManager em, String number) {
        return em.createQuery("select d from OrderDelayEntity d where d.orderNumber = :n and d.notifiedAt is null"
                + " order by d.id", OrderDelayEntity.class).setParameter("n", number).getResultList();
    }

    /** Orders received from {@code from} (included) to {@code to} (excluded). */
    public static List<OrderFacts> facts(EntityManager em, Instant from, Instant to) {
        return em.createQuery("select o.receivedAt, o.revision, o.status, o.confirmationDueAt, o.confirmedAt"
                        + " from SalesOrderEntity o where o.receivedAt >= :from and o.receivedAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(row -> new OrderFacts((Instant) row[0], (Integer) row[1], (OrderStatus) row[2], (Instant) row[3],
                        (Instant) row[4])).toList();
    }

    /** The lines of the orders received from {@code from} (included) to {@code to} (excluded), by product and customer. */
    public static List<ArchiveLine> archive(EntityManager em, Instant from, Instant to) {
        return em.createQuery("select l.productCode, o.customerId, o.number, o.customerPo, o.status, o.revision,"
                        + " o.receivedAt, o.confirmedAt, l.lineNo, l.specification, l.quantity, l.unit, l.unitPrice,"
                        + " l.currency from SalesOrderEntity o join o.lines l"
                        + " where o.receivedAt >= :from and o.receivedAt < :to"
                        + " order by l.productCode, o.customerId, o.number, l.lineNo", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(row -> new ArchiveLine((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (OrderStatus) row[4], (Integer) row[5], (Instant) row[6], (Instant) row[7], (Integer) row[8],
                        (String) row[9], Amounts.decimal((BigDecimal) row[10], 0), (String) row[11],
                        Amounts.decimal((BigDecimal) row[12], 2),
                        (String) row[13])).toList();
    }

    private static List<FollowUpEntry> entries(List<Object[]> rows) {
        return rows.stream().map(row -> new FollowUpEntry((String) row[0], (String) row[1], (String) row[2],
                (OrderStatus) row[3], (Instant) row[4], (Instant) row[5], (String) row[6])).toList();
    }
}
