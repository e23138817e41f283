package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.internal.domain.CreditNoteAmounts.Reversed;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * The finance unit's queries of credit notes and refunds, and of a customer's documents for its statement. Every
 * refund, verified or not yet, takes its amount of its credit note: refunds are never reversed.
 */
public final class CreditNoteQueries {

    private CreditNoteQueries() {
    }

    public static RefundEntity lockRefund(EntityManager em, String id) {
        return em.find(RefundEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The credit note issued for a caller's key, or null. */
    public static CreditNoteEntity bySource(EntityManager em, String source) {
        return em.createQuery("SELECT c FROM CreditNoteEntity c WHERE c.source = :source", CreditNoteEntity.class)
                .setParameter("source", source).getResultList().stream().findFirst().orElse(null);
    }

    /** An invoice's credit notes, oldest first. */
    public static List<CreditNoteEntity> creditNotes(EntityManager em, String invoice) {
        return em.createQuery("SELECT c FROM CreditNoteEntity c WHERE c.invoice = :invoice ORDER BY c.number",
                CreditNoteEntity.class).setParameter("invoice", invoice).getResultList();
    }

    /** What the credit notes of an invoice reversed of each of its lines, by line number. */
    public static Map<Integer, Reversed> reversed(EntityManager em, String invoice) {
        Map<Integer, Reversed> reversed = new HashMap<>();
        em.createQuery("SELECT l.lineNo, SUM(l.quantity), SUM(l.net), SUM(l.tax) FROM CreditNoteEntity c"
                        + " JOIN c.lines l WHERE c.invoice = :invoice GROUP BY l.lineNo", Object[].class)
                .setParameter("invoice", invoice).getResultList().forEach(row -> reversed.put((Integer) row[0],
                        new Reversed((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3])));
        return reversed;
    }

    /** Whether a credit note reversed the invoice's freight already. */
    public static boolean freightReversed(EntityManager em, String invoice) {
        return !em.createQuery("SELECT c.number FROM CreditNoteEntity c WHERE c.invoice = :invoice"
                        + " AND c.freight IS NOT NULL", String.class).setParameter("invoice", invoice)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** What refunds take of a credit note, in all. */
    public static BigDecimal refunded(EntityManager em, String creditNote) {
        return orZero(em.createQuery("SELECT SUM(r.amount) FROM RefundEntity r WHERE r.creditNote = :note",
                BigDecimal.class).setParameter("note", creditNote).getSingleResult());
    }

    /** The totals of an invoice's credit notes, added up. */
    public static BigDecimal issued(EntityManager em, String invoice) {
        return orZero(em.createQuery("SELECT SUM(c.total) FROM CreditNoteEntity c WHERE c.invoice = :invoice",
                BigDecimal.class).setParameter("invoice", invoice).getSingleResult());
    }

    /** What the credit notes of an invoice take off what is owed on it: their totals less what refunds paid out. */
    public static BigDecimal credited(EntityManager em, String invoice) {
        BigDecimal refunded = orZero(em.createQuery("SELECT SUM(r.amount) FROM RefundEntity r, CreditNoteEntity c"
                        + " WHERE r.creditNote = c.number AND c.invoice = :invoice", BigDecimal.class)
                .setParameter("invoice", invoice).getSingleResult());
        return issued(em, invoice).subtract(refunded);
    }

    /**
     * Per invoice, what its credit notes issued on or before {@code day} took off it, less what refunds verified
     * before {@code until} paid out of them.
     */
    public static Map<String, BigDecimal> creditedBy(EntityManager em, LocalDate day, Instant until) {
        Map<String, BigDecimal> credited = new HashMap<>();
        em.createQuery("SELECT c.invoice, SUM(c.total) FROM CreditNoteEntity c WHERE c.issuedOn <= :day"
                        + " GROUP BY c.invoice", Object[].class).setParameter("day", day).getResultList()
                .forEach(row -> credited.merge((String) row[0], (BigDecimal) row[1], BigDecimal::add));
        em.createQuery("SELECT c.invoice, SUM(r.amount) FROM RefundEntity r, CreditNoteEntity c"
                        + " WHERE r.creditNote = c.number AND r.status = :verified AND r.verifiedAt < :until"
                        + " GROUP BY c.invoice", Object[].class).setParameter("verified", PaymentStatus.VERIFIED)
                .setParameter("until", Timestamp.from(until)).getResultList()
                .forEach(row -> credited.merge((String) row[0], ((BigDecimal) row[1]).negate(), BigDecimal::add));
        return credited;
    }

    /** A customer's invoices, by number. */
    public static List<InvoiceEntity> invoicesOf(EntityManager em, String customerId) {
        return em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.customerId = :customer ORDER BY i.number",
                InvoiceEntity.class).setParameter("customer", customerId).getResultList();
    }

    /** A customer's credit notes, by number. */
    public static List<CreditNoteEntity> creditNotesOf(EntityManager em, String customerId) {
        return em.createQuery("SELECT c FROM CreditNoteEntity c WHERE c.customerId = :customer ORDER BY c.number",
                CreditNoteEntity.class).setParameter("customer", customerId).getResultList();
    }

    /** A customer's refunds, newest first. */
    public static List<RefundEntity> refundsOf(EntityManager em, String customerId) {
        return em.createQuery("SELECT r FROM RefundEntity r WHERE r.customerId = :customer ORDER BY r.id DESC",
                RefundEntity.class).setParameter("customer", customerId).getResultList();
    }

    private static BigDecimal orZero(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
