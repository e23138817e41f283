package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is still owed on each invoice: its total, less what was allocated to it and what its credit notes took off, less
 * the money paid to its order before it was invoiced (a prepayment), which goes to the order's invoices oldest first.
 */
public final class Receivables {

    /**
     * An invoice as receivables see it.
     *
     * @param settled what was allocated to it, and what its credit notes took off it (less what refunds paid out)
     */
    public record Invoiced(String invoice, String orderNumber, LocalDate issuedOn, BigDecimal total,
                           BigDecimal settled) {
    }

    private Receivables() {
    }

    /**
     * Each invoice's open amount, by invoice number, in the order given.
     *
     * @param paidToOrders money allocated to each order itself, by order number
     */
    public static Map<String, BigDecimal> open(List<Invoiced> invoices, Map<String, BigDecimal> paidToOrders) {
        Map<String, BigDecimal> prepaidLeft = new HashMap<>(paidToOrders);
        Map<String, BigDecimal> open = new HashMap<>();
        invoices.stream().sorted(Comparator.comparing(Invoiced::issuedOn).thenComparing(Invoiced::invoice))
                .forEach(invoice -> {
                    BigDecimal owed = invoice.total().subtract(invoice.settled()).max(BigDecimal.ZERO);
                    BigDecimal prepaid = prepaidLeft.getOrDefault(invoice.orderNumber(), BigDecimal.ZERO).min(owed);
                    prepaidLeft.merge(invoice.orderNumber(), prepaid.negate(), BigDecimal::add);
                    open.put(invoice.invoice(), owed.subtract(prepaid));
                });
        Map<String, BigDecimal> inOrder = new LinkedHashMap<>();
        invoices.forEach(invoice -> inOrder.put(invoice.invoice(), open.get(invoice.invoice())));
        return inOrder;
    }
}
