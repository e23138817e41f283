package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.finance.internal.domain.CreditNoteAmounts.Invoiced;
import io.orderflow.finance.internal.domain.CreditNoteAmounts.Reversal;
import io.orderflow.finance.internal.domain.CreditNoteAmounts.Reversed;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CreditNoteAmountsTest {

    private final CurrencyRules rules = new CurrencyRules(RoundingMode.HALF_UP);
    private final CreditNoteAmounts creditNotes = new CreditNoteAmounts(rules);

    /** 7 lamps at 25.005 taxed 13 % (175.04 + 22.76) and 3 drivers at 100 untaxed, as an invoice prints them. */
    private static List<Invoiced> invoice(Reversed lampsReversed) {
        return List.of(new Invoiced(1, new BigDecimal("7"), new BigDecimal("25.005"), new BigDecimal("0.13"),
                        new BigDecimal("175.04"), new BigDecimal("22.76"), lampsReversed),
                new Invoiced(2, new BigDecimal("3"), new BigDecimal("100.00"), BigDecimal.ZERO,
                        new BigDecimal("300.00"), new BigDecimal("0.00"), Reversed.NOTHING));
    }

    private static final InvoiceAmounts.Amounts FREIGHT = new InvoiceAmounts.Amounts(new BigDecimal("15.50"),
            new BigDecimal("0.00"));

    @Test
    void partsOfLinesArePricedAsTheInvoiceAndTheLastPartTakesExactlyTheRest() {
        CreditNoteAmounts.Totals first = creditNotes.reverse(invoice(Reversed.NOTHING), FREIGHT, false,
                List.of(new Reversal(1, new BigDecimal("3")), new Reversal(2, BigDecimal.ONE)), true, "CNY");
        assertEquals(List.of(new Reversed(new BigDecimal("3"), new BigDecimal("75.02"), new BigDecimal("9.75")),
                new Reversed(BigDecimal.ONE, new BigDecimal("100.00"), new BigDecimal("0.00"))), first.lines(),
                "3 x 25.005 = 75.015 rounds half up; 13 % of 75.02 is 9.7526");
        assertEquals(new BigDecimal("15.50"), first.freight());
        assertEquals(new BigDecimal("190.52"), first.net());
        assertEquals(new BigDecimal("9.75"), first.tax());
        assertEquals(new BigDecimal("200.27"), first.total());

        CreditNoteAmounts.Totals rest = creditNotes.reverse(invoice(first.lines().get(0)), FREIGHT, true,
                List.of(new Reversal(1, new BigDecimal("4"))), false, "CNY");
        assertEquals(new Reversed(new BigDecimal("4"), new BigDecimal("100.02"), new BigDecimal("13.01")),
                rest.lines().get(0), "the rest of 175.04 and 22.76, though 13 % of 100.02 rounds to 13.00");
        assertEquals(null, rest.freight());
        assertEquals(new BigDecimal("113.03"), rest.total());
    }

    @Test
    void whatIsNotThereToReverseIsRefusedFieldByField() {
        Reversed fourReversed = new Reversed(new BigDecimal("4"), new BigDecimal("100.02"), new BigDecimal("13.00"));
        ValidationException refused = assertThrows(ValidationException.class, () -> creditNotes.reverse(
                invoice(fourReversed), FREIGHT, true, List.of(new Reversal(1, new BigDecimal("3.5")),
                        new Reversal(3, BigDecimal.ONE), new Reversal(2, BigDecimal.ZERO),
                        new Reversal(1, BigDecimal.ONE)), true, "CNY"));
        assertEquals(List.of(new FieldProblem("lines[0].quantity", "at most 3 of line 1 is left to reverse"),
                new FieldProblem("lines[1].lineNo", "the invoice has no line 3"),
                new FieldProblem("lines[2].quantity", "must be more than zero"),
                new FieldProblem("lines[3].lineNo", "line 1 is named twice; give it one row"),
                new FieldProblem("freight", "an earlier credit note reversed it already")), refused.problems());
        assertEquals(List.of(new FieldProblem("lines", "name at least one invoice line to reverse, or the freight")),
                assertThrows(ValidationException.class, () -> creditNotes.reverse(invoice(Reversed.NOTHING), null,
                        false, List.of(), false, "CNY")).problems());
        assertEquals(List.of(new FieldProblem("lines[0].quantity", "must have at most 4 decimals")), assertThrows(
                ValidationException.class, () -> creditNotes.reverse(invoice(Reversed.NOTHING), null, false,
                        List.of(new Reversal(2, new BigDecimal("0.00001"))), false, "CNY")).problems());
        assertEquals(List.of(new FieldProblem("freight", "the invoice has no freight")), assertThrows(
                ValidationException.class, () -> creditNotes.reverse(invoice(Reversed.NOTHING), null, false,
                        List.of(), true, "CNY")).problems());
    }

    /**
     * Random invoices in JPY, CNY and BHD reversed by random credit notes until nothing is left: each credit note adds
     * up exactly in its currency's scale, no line is ever reversed beyond what it invoiced, and in the end the credit
     * notes add up to the invoice exactly.
     */
    @Test
    void randomCreditNotesAddUpExactlyAndInTheEndToTheInvoice() {
        Random random = new Random(381);
        InvoiceAmounts invoices = new InvoiceAmounts(rules);
        for (int run = 0; run < 500; run++) {
            String currency = List.of("JPY", "CNY", "BHD").get(run % 3);
            int scale = CurrencyRules.scale(currency);
            List<InvoiceAmounts.Line> lines = new ArrayList<>();
            for (int l = random.nextInt(1, 6); l > 0; l--) {
                lines.add(new InvoiceAmounts.Line(BigDecimal.valueOf(random.nextInt(1, 50_000), random.nextInt(0, 4)),
                        BigDecimal.valueOf(random.nextLong(1, 10_000_000), 4),
                        BigDecimal.valueOf(random.nextInt(0, 26), 2)));
            }
            BigDecimal freight = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(1, 100_000), scale) : null;
            InvoiceAmounts.Totals invoice = invoices.of(lines, freight, BigDecimal.ZERO, currency);
            List<Reversed> reversed = new ArrayList<>(lines.stream().map(l -> Reversed.NOTHING).toList());
            boolean freightReversed = freight == null;
            BigDecimal credited = BigDecimal.ZERO;
            while (!freightReversed || somethingLeft(lines, reversed)) {
                List<Invoiced> invoiced = new ArrayList<>();
                List<Reversal> asked = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    InvoiceAmounts.Line line = lines.get(i);
                    invoiced.add(new Invoiced(i + 1, line.quantity(), line.unitPrice(), line.taxRate(),
                            invoice.lines().get(i).net(), invoice.lines().get(i).tax(), reversed.get(i)));
                    BigDecimal left = line.quantity().subtract(reversed.get(i).quantity());
                    if (left.signum() > 0 && random.nextInt(3) > 0) {
                        BigDecimal part = random.nextBoolean() ? left : left.multiply(BigDecimal.valueOf(
                                random.nextInt(1, 100), 2)).setScale(4, RoundingMode.DOWN);
                        if (part.signum() > 0) {
                            asked.add(new Reversal(i + 1, part));
                        }
                    }
                }
                boolean withFreight = !freightReversed && random.nextBoolean();
                if (asked.isEmpty() && !withFreight) {
                    continue;
                }
                CreditNoteAmounts.Totals note = creditNotes.reverse(invoiced, freight == null ? null
                        : invoice.lines().get(lines.size()), freightReversed, asked, withFreight, currency);
                BigDecimal printed = note.lines().stream().map(r -> r.net().add(r.tax()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .add(withFreight ? note.freight().add(note.freightTax()) : BigDecimal.ZERO);
                assertEquals(printed, note.total());
                assertEquals(note.net().add(note.tax()), note.total());
                assertEquals(scale, note.total().scale());
                for (int a = 0; a < asked.size(); a++) {
                    int i = asked.get(a).lineNo() - 1;
                    reversed.set(i, reversed.get(i).plus(note.lines().get(a)));
                    assertTrue(reversed.get(i).net().compareTo(invoice.lines().get(i).net()) <= 0
                            && reversed.get(i).tax().compareTo(invoice.lines().get(i).tax()) <= 0
                            && note.lines().get(a).net().signum() >= 0 && note.lines().get(a).tax().signum() >= 0,
                            "never more than the line invoiced, never below zero");
                }
                freightReversed |= withFreight;
                credited = credited.add(note.total());
            }
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(invoice.lines().get(i).net(), reversed.get(i).net());
                assertEquals(invoice.lines().get(i).tax(), reversed.get(i).tax());
            }
            assertEquals(invoice.total(), credited, "all reversed: the credit notes add up to the invoice");
        }
    }

    /** True while some line has quantity left to reverse. */
    private static boolean somethingLeft(List<InvoiceAmounts.Line> lines, List<Reversed> reversed) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).quantity().compareTo(reversed.get(i).quantity()) > 0) {
                return true;
            }
        }
        return false;
    }
}
