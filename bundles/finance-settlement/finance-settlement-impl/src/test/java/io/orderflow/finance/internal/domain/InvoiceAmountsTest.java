package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvoiceAmountsTest {

    private final InvoiceAmounts invoices = new InvoiceAmounts(new CurrencyRules(RoundingMode.HALF_UP));

    @Test
    void eachLineIsRoundedOnceAndTheTotalsAreTheSumsOfWhatIsPrinted() {
        InvoiceAmounts.Totals totals = invoices.of(List.of(
                new InvoiceAmounts.Line(new BigDecimal("3"), new BigDecimal("33.335"), new BigDecimal("0.13")),
                new InvoiceAmounts.Line(new BigDecimal("1.5"), new BigDecimal("10.01"), BigDecimal.ZERO)),
                new BigDecimal("25.00"), new BigDecimal("0.09"), "CNY");
        assertEquals(List.of(new InvoiceAmounts.Amounts(new BigDecimal("100.01"), new BigDecimal("13.00")),
                new InvoiceAmounts.Amounts(new BigDecimal("15.02"), new BigDecimal("0.00")),
                new InvoiceAmounts.Amounts(new BigDecimal("25.00"), new BigDecimal("2.25"))), totals.lines());
        assertEquals(new BigDecimal("140.03"), totals.net());
        assertEquals(new BigDecimal("15.25"), totals.tax());
        assertEquals(new BigDecimal("155.28"), totals.total());
    }

    @Test
    void yenHasNoDecimals() {
        InvoiceAmounts.Totals totals = invoices.of(List.of(new InvoiceAmounts.Line(new BigDecimal("7"),
                new BigDecimal("99.5"), new BigDecimal("0.10"))), null, BigDecimal.ZERO, "JPY");
        assertEquals(new BigDecimal("697"), totals.net(), "696.5 rounds half up");
        assertEquals(new BigDecimal("70"), totals.tax());
        assertEquals(new BigDecimal("767"), totals.total());
    }

    /** Random invoices in JPY, CNY and BHD: the printed lines add up to the printed totals exactly, in scale. */
    @Test
    void randomInvoicesAddUpExactly() {
        Random random = new Random(810);
        for (int run = 0; run < 1000; run++) {
            String currency = List.of("JPY", "CNY", "BHD").get(run % 3);
            int scale = CurrencyRules.scale(currency);
            List<InvoiceAmounts.Line> lines = new ArrayList<>();
            for (int l = random.nextInt(1, 8); l > 0; l--) {
                lines.add(new InvoiceAmounts.Line(BigDecimal.valueOf(random.nextInt(1, 100_000), random.nextInt(0, 4)),
                        BigDecimal.valueOf(random.nextLong(1, 10_000_000), 4),
                        BigDecimal.valueOf(random.nextInt(0, 26), 2)));
            }
            BigDecimal freight = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(0, 100_000), scale) : null;
            InvoiceAmounts.Totals totals = invoices.of(lines, freight, BigDecimal.valueOf(random.nextInt(0, 20), 2),
                    currency);
            BigDecimal printed = totals.lines().stream().map(a -> a.net().add(a.tax()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(printed, totals.total());
            assertEquals(totals.net().add(totals.tax()), totals.total());
            assertEquals(scale, totals.total().scale());
            totals.lines().forEach(a -> assertEquals(List.of(scale, scale), List.of(a.net().scale(), a.tax().scale())));
        }
    }
}
