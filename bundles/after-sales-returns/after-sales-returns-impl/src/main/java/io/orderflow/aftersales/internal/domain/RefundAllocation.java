package io.orderflow.aftersales.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which invoice lines a refund reverses: an order line may be invoiced by several invoices (one per shipment), and a
 * credit note reverses lines of one invoice. The quantity refunded of each order line is taken from its invoices
 * oldest first, from what each has not reversed yet.
 */
public final class RefundAllocation {

    private RefundAllocation() {
    }

    /**
     * What is left to reverse of an order line on one invoice.
     *
     * @param left invoiced less what earlier credit notes reversed
     */
    public record Invoiced(String invoice, int lineNo, BigDecimal left) {
    }

    /** The quantities to reverse on one invoice, by order line. */
    public record Reversal(String invoice, Map<Integer, BigDecimal> lines) {
    }

    /**
     * @param refunded what to reverse of each order line
     * @param invoiced what each invoice has left of each line, the invoices oldest first
     * @return one reversal per invoice touched, oldest first
     * @throws IllegalArgumentException naming the line when its invoices have less left than is refunded
     */
    public static List<Reversal> allocate(Map<Integer, BigDecimal> refunded, List<Invoiced> invoiced) {
        Map<String, Map<Integer, BigDecimal>> byInvoice = new LinkedHashMap<>();
        refunded.forEach((lineNo, quantity) -> {
            BigDecimal open = quantity;
            for (Invoiced left : invoiced) {
                if (left.lineNo() != lineNo || open.signum() == 0 || left.left().signum() <= 0) {
                    continue;
                }
                BigDecimal part = open.min(left.left());
                byInvoice.computeIfAbsent(left.invoice(), i -> new LinkedHashMap<>()).merge(lineNo, part,
                        BigDecimal::add);
                open = open.subtract(part);
            }
            if (open.signum() > 0) {
                throw new IllegalArgumentException("line " + lineNo + ": " + open.stripTrailingZeros().toPlainString()
                        + " of it is not invoiced (or reversed already); a refund credits what was invoiced");
            }
        });
        List<Reversal> reversals = new ArrayList<>();
        invoiced.stream().map(Invoiced::invoice).distinct().filter(byInvoice::containsKey)
                .forEach(invoice -> reversals.add(new Reversal(invoice, byInvoice.get(invoice))));
        return reversals;
    }
}
