package io.orderflow.finance.internal.domain;

import io.orderflow.platform.api.error.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a credit note reverses of an invoice (docs/business-rules.md §5), checked and priced as the invoice was: each
 * line at the invoice line's unit price and tax rate, net and tax each rounded once the declared way
 * ({@link InvoiceAmounts#priced}), the freight whole as invoiced. Several credit notes never reverse more than a line
 * invoiced: each takes at most what the line has left, and the one that reverses the last of its quantity takes exactly
 * the rest, so that a line reversed in parts adds up to the line as invoiced.
 */
public final class CreditNoteAmounts {

    /** An invoice line as issued, and what earlier credit notes reversed of it. */
    public record Invoiced(int lineNo, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, BigDecimal net,
                           BigDecimal tax, Reversed reversed) {
    }

    /** What credit notes reversed of a line so far. */
    public record Reversed(BigDecimal quantity, BigDecimal net, BigDecimal tax) {

        public static final Reversed NOTHING = new Reversed(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        public Reversed plus(Reversed more) {
            return new Reversed(quantity.add(more.quantity), net.add(more.net), tax.add(more.tax));
        }
    }

    /** A line to reverse: so much of the invoice's line {@code lineNo}. */
    public record Reversal(int lineNo, BigDecimal quantity) {
    }

    /**
     * A credit note's amounts: its lines in the order asked, the freight and its tax (null when not reversed), and the
     * totals, the sums of what is printed.
     */
    public record Totals(List<Reversed> lines, BigDecimal freight, BigDecimal freightTax, BigDecimal net,
                         BigDecimal tax, BigDecimal total) {
    }

    private final InvoiceAmounts invoiceAmounts;

    public CreditNoteAmounts(CurrencyRules rules) {
        this.invoiceAmounts = new InvoiceAmounts(rules);
    }

    /**
     * @param invoiced        the invoice's lines, each with what earlier credit notes reversed of it
     * @param freight         the invoice's freight as invoiced (net and tax); null when it had none
     * @param freightReversed whether an earlier credit note reversed the freight
     * @param requested       the lines to reverse; may be empty when only the freight is
     * @throws io.orderflow.platform.api.error.ValidationException naming each problem ({@code lines[i].quantity},
     *         {@code freight}...)
     */
    public Totals reverse(List<Invoiced> invoiced, InvoiceAmounts.Amounts freight, boolean freightReversed,
                          List<Reversal> requested, boolean reverseFreight, String currency) {
        Problems problems = new Problems();
        Map<Integer, Invoiced> byLine = new HashMap<>();
        invoiced.forEach(line -> byLine.put(line.lineNo(), line));
        Set<Integer> seen = new HashSet<>();
        List<Reversed> lines = new ArrayList<>();
        if (requested.isEmpty() && !reverseFreight) {
            problems.add("lines", "name at least one invoice line to reverse, or the freight");
        }
        for (int i = 0; i < requested.size(); i++) {
            String at = "lines[" + i + "]";
            Reversal row = requested.get(i);
            Invoiced line = row == null ? null : byLine.get(row.lineNo());
            if (line == null) {
                problems.add(at + ".lineNo", row == null ? "is required" : "the invoice has no line " + row.lineNo());
            } else if (!seen.add(row.lineNo())) {
                problems.add(at + ".lineNo", "line " + row.lineNo() + " is named twice; give it one row");
            } else if (row.quantity() == null || row.quantity().signum() <= 0) {
                problems.add(at + ".quantity", "must be more than zero");
            } else if (problems.fitsAmountColumn(at + ".quantity", row.quantity())) {
                BigDecimal left = line.quantity().subtract(line.reversed().quantity());
                if (row.quantity().compareTo(left) > 0) {
                    problems.add(at + ".quantity", "at most " + left.stripTrailingZeros().toPlainString()
                            + " of line " + line.lineNo() + " is left to reverse");
                } else {
                    lines.add(priced(line, row.quantity(), row.quantity().compareTo(left) == 0, currency));
                }
            }
        }
        if (reverseFreight && freight == null) {
            problems.add("freight", "the invoice has no freight");
        } else if (reverseFreight && freightReversed) {
            problems.add("freight", "an earlier credit note reversed it already");
        }
        problems.throwIfAny();
        BigDecimal zero = BigDecimal.ZERO.setScale(CurrencyRules.scale(currency));
        BigDecimal net = lines.stream().map(Reversed::net).reduce(zero, BigDecimal::add);
        BigDecimal tax = lines.stream().map(Reversed::tax).reduce(zero, BigDecimal::add);
        if (reverseFreight) {
            net = net.add(freight.net());
            tax = tax.add(freight.tax());
        }
        return new Totals(lines, reverseFreight ? freight.net() : null, reverseFreight ? freight.tax() : null, net,
                tax, net.add(tax));
    }

    /** {@code quantity} of a line, never more than it has left; {@code last}: all it has left, exactly. */
    private Reversed priced(Invoiced line, BigDecimal quantity, boolean last, String currency) {
        BigDecimal netLeft = line.net().subtract(line.reversed().net());
        BigDecimal taxLeft = line.tax().subtract(line.reversed().tax());
        if (last) {
            return new Reversed(quantity, netLeft, taxLeft);
        }
        InvoiceAmounts.Amounts amounts = invoiceAmounts.priced(new InvoiceAmounts.Line(quantity, line.unitPrice(),
                line.taxRate()), currency);
        if (amounts.net().compareTo(netLeft) > 0) {
            // parts each rounded up would reverse more than the line: this part takes what is left
            amounts = invoiceAmounts.priced(new InvoiceAmounts.Line(BigDecimal.ONE, netLeft, line.taxRate()), currency);
        }
        return new Reversed(quantity, amounts.net(), amounts.tax().min(taxLeft));
    }
}
