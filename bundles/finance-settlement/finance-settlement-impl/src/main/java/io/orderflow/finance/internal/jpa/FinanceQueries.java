package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.PostingState;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

/** The finance unit's queries. */
public final class FinanceQueries {

    private FinanceQueries() {
    }

    /** The order's account, locked until the transaction ends: two allocations to it never both take what is open. */
    public static OrderAccountEntity lockAccount(EntityManager em, String orderNumber) {
        return em.find(OrderAccountEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    public static InvoiceEntity lockInvoice(EntityManager em, String number) {
        return em.find(InvoiceEntity.class, number, LockModeType.PESSIMISTIC_WRITE);
    }

    public static PaymentEntity lockPayment(EntityManager em, String id) {
        return em.find(PaymentEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A customer's orders in a currency that are not cancelled, by number. */
    public static List<OrderAccountEntity> accounts(EntityManager em, String customerId, String currency) {
        return em.createQuery("SELECT a FROM OrderAccountEntity a WHERE a.customerId = :customer"
                        + " AND a.currency = :currency AND a.cancelled = :cancelled ORDER BY a.orderNumber",
                OrderAccountEntity.class).setParameter("customer", customerId).setParameter("currency", currency)
                .setParameter("cancelled", false).getResultList();
    }

    /** What payments in {@code statuses} allocated to a document, in all. */
    public static BigDecimal allocatedTo(EntityManager em, String document, Collection<PaymentStatus> statuses) {
        BigDecimal sum = em.createQuery("SELECT SUM(a.amount) FROM PaymentEntity p JOIN p.allocations a"
                        + " WHERE a.document = :document AND p.status IN :statuses", BigDecimal.class)
                .setParameter("document", document).setParameter("statuses", statuses).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** An order's invoices, oldest first. */
    public static List<InvoiceEntity> invoices(EntityManager em, String orderNumber) {
        return em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.orderNumber = :order ORDER BY i.number",
                InvoiceEntity.class).setParameter("order", orderNumber).getResultList();
    }

    /** Whether a shipment was invoiced already. */
    public static boolean invoiced(EntityManager em, String shipment) {
        return !em.createQuery("SELECT i.number FROM InvoiceEntity i WHERE i.shipment = :shipment", String.class)
                .setParameter("shipment", shipment).setMaxResults(1).getResultList().isEmpty();
    }

    /** The invoices issued on or before {@code day}, by number. */
    public static List<InvoiceEntity> invoicesIssuedBy(EntityManager em, LocalDate day) {
        return em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.issuedOn <= :day ORDER BY i.number",
                InvoiceEntity.class).setParameter("day", day).getResultList();
    }

    /** Per document, what payments verified before {@code until} (and not reversed) allocated to it. */
    public static Map<String, BigDecimal> verifiedAllocations(EntityManager em, Instant until) {
        Map<String, BigDecimal> allocated = new HashMap<>();
        em.createQuery("SELECT a.document, SUM(a.amount) FROM PaymentEntity p JOIN p.allocations a"
                        + " WHERE p.status = :verified AND p.verifiedAt < :until GROUP BY a.document", Object[].class)
                .setParameter("verified", PaymentStatus.VERIFIED).setParameter("until", Timestamp.from(until))
                .getResultList().forEach(row -> allocated.put((String) row[0], (BigDecimal) row[1]));
        return allocated;
    }

    /** A customer's payments, newest first. */
    public static List<PaymentEntity> payments(EntityManager em, String customerId) {
        return em.createQuery("SELECT p FROM PaymentEntity p WHERE p.customerId = :customer ORDER BY p.id DESC",
                PaymentEntity.class).setParameter("customer", customerId).getResultList();
    }

    /** The verified payments with money on any of {@code documents}, by id. */
    public static List<String> verifiedPaymentsTo(EntityManager em, Collection<String> documents) {
        return em.createQuery("SELECT DISTINCT p.id FROM PaymentEntity p JOIN p.allocations a"
                        + " WHERE a.document IN :documents AND p.status = :verified ORDER BY p.id", String.class)
                .setParameter("documents", documents).setParameter("verified", PaymentStatus.VERIFIED).getResultList();
    }

    /** A document's latest posting, or null when it has none. */
    public static PostingEntity latestPosting(EntityManager em, String document) {
        return em.createQuery("SELECT p FROM PostingEntity p WHERE p.document = :document ORDER BY p.version DESC",
                PostingEntity.class).setParameter("document", document).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    /** The postings in one of {@code states} (all when empty), oldest first, at most {@code limit}. */
    public static List<PostingEntity> postings(EntityManager em, Collection<PostingState> states, int limit) {
        TypedQuery<PostingEntity> query = em.createQuery("SELECT p FROM PostingEntity p"
                + (states.isEmpty() ? "" : " WHERE p.state IN :states") + " ORDER BY p.createdAt, p.key",
                PostingEntity.class);
        if (!states.isEmpty()) {
            query.setParameter("states", states);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
