package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice's amounts, as printed, adding up exactly: each line's net is its quantity times its unit price rounded
 * once, its tax that net times its tax class's rate rounded once; the freight is a line of its own; the totals are the
 * sums of what is printed, never computed again from unrounded figures.
 */
public final class InvoiceAmounts {

    /** A line to invoice: {@code taxRate} is a fraction ({@code 0.13} for 13 %), zero without tax. */
    public record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
    }

    /** A line as invoiced. */
    public record Amounts(BigDecimal net, BigDecimal tax) {
    }

    /** The invoice's lines as invoiced (the freight last, when there is one) and its totals. */
    public record Totals(List<Amounts> lines, BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    private final CurrencyRules rules;

    public InvoiceAmounts(CurrencyRules rules) {
        this.rules = rules;
    }

    /**
     * @param freight agreed freight in the currency's scale, or null for none
     * @param freightTaxRate the freight's tax rate, zero without tax
     */
    public Totals of(List<Line> lines, BigDecimal freight, BigDecimal freightTaxRate, String currency) {
        List<Amounts> amounts = new ArrayList<>();
        for (Line line : lines) {
            amounts.add(priced(line, currency));
        }
        if (freight != null && freight.signum() != 0) {
            BigDecimal net = CurrencyRules.entered(freight, currency);
            amounts.add(new Amounts(net, rules.rounded(net.multiply(freightTaxRate), currency)));
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(CurrencyRules.scale(currency));
        BigDecimal net = amounts.stream().map(Amounts::net).reduce(zero, BigDecimal::add);
        BigDecimal tax = amounts.stream().map(Amounts::tax).reduce(zero, BigDecimal::add);
        return new Totals(amounts, net, tax, net.add(tax));
    }

    /** One line's net (its quantity times its unit price) and tax (that net times its rate), each rounded once. */
    public Amounts priced(Line line, String currency) {
        BigDecimal net = rules.rounded(line.quantity().multiply(line.unitPrice()), currency);
        return new Amounts(net, rules.rounded(net.multiply(line.taxRate()), currency));
    }
}
