package io.orderflow.finance.internal;

import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.internal.jpa.CreditNoteQueries;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.finance.internal.jpa.OrderAccountEntity;
import io.orderflow.platform.api.PaymentTerms;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * What a customer owes in one currency, as the credit check and the shipment release count it: on each order on credit
 * terms, its total or what its invoices came to if more; on any other order, what its invoices came to; in both, less
 * what its credit notes took off (less what refunds paid out) and the verified money paid on the order and its
 * invoices, never below zero.
 */
final class CreditStanding {

    private static final List<PaymentStatus> VERIFIED = List.of(PaymentStatus.VERIFIED);

    private CreditStanding() {
    }

    /**
     * @param alsoOnCredit orders on credit terms that sales counts, by number with their totals: one finance has not
     *                     heard of yet counts at its total
     */
    static BigDecimal owed(EntityManager em, String customerId, String currency, Map<String, BigDecimal> alsoOnCredit) {
        BigDecimal owed = BigDecimal.ZERO;
        Set<String> known = new HashSet<>();
        for (OrderAccountEntity account : FinanceQueries.accounts(em, customerId, currency)) {
            known.add(account.orderNumber());
            owed = owed.add(owed(em, account));
        }
        for (Map.Entry<String, BigDecimal> order : alsoOnCredit.entrySet()) {
            if (!known.contains(order.getKey()) && em.find(OrderAccountEntity.class, order.getKey()) == null) {
                owed = owed.add(order.getValue());
            }
        }
        return owed;
    }

    /** What is still owed on one order. */
    static BigDecimal owed(EntityManager em, OrderAccountEntity account) {
        List<InvoiceEntity> invoices = FinanceQueries.invoices(em, account.orderNumber());
        BigDecimal invoiced = invoices.stream().map(InvoiceEntity::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal charged = PaymentTerms.parse(account.paymentTerms()).isCredit() ? invoiced.max(account.total())
                : invoiced;
        BigDecimal credited = invoices.stream().map(i -> CreditNoteQueries.credited(em, i.number()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return charged.subtract(credited).subtract(paid(em, account.orderNumber(), invoices)).max(BigDecimal.ZERO);
    }

    /** The verified money on an order and its invoices. */
    static BigDecimal paid(EntityManager em, String orderNumber, List<InvoiceEntity> invoices) {
        return invoices.stream().map(i -> FinanceQueries.allocatedTo(em, i.number(), VERIFIED))
                .reduce(FinanceQueries.allocatedTo(em, orderNumber, VERIFIED), BigDecimal::add);
    }
}
