package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.ExpenseCategory;
import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.internal.domain.JournalEntries.Line;
import io.orderflow.finance.internal.domain.JournalEntries.MissingAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JournalEntriesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final Function<String, String> TAX_CLASSES = product -> Map.of("LED-LAMP", "STANDARD",
            "BOOK", "REDUCED").getOrDefault(product, "STANDARD");
    private static final AccountMap ACCOUNTS = AccountMap.of(new String[] {"RECEIVABLE=1122",
            "RECEIVABLE.RETAIL=1122.01", "REVENUE=6001", "REVENUE.REDUCED=6001.09", "FREIGHT=6051", "TAX=2221",
            "TAX.REDUCED=2221.09", "BANK=1002", "BANK.CASH=1001"}, new ArrayList<>());

    private static Invoice.Line line(int lineNo, String product, String net, String tax) {
        return new Invoice.Line(lineNo, product, null, BigDecimal.ONE, "pcs", new BigDecimal(net), new BigDecimal(net),
                BigDecimal.ZERO, new BigDecimal(tax));
    }

    private static Invoice invoice(List<Invoice.Line> lines, BigDecimal freight) {
        BigDecimal net = lines.stream().map(Invoice.Line::net).reduce(freight == null ? BigDecimal.ZERO : freight,
                BigDecimal::add);
        BigDecimal tax = lines.stream().map(Invoice.Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Invoice("INV-2026-000001", "SO-1", "SH-1", "CUST-A", "PO-1", "CNY", "NET30", DAY, DAY.plusDays(30),
                lines, freight, net, tax, net.add(tax));
    }

    @Test
    void anInvoiceDebitsTheGroupsReceivableAndCreditsRevenueAndTaxPerClassAndFreight() {
        Invoice invoice = invoice(List.of(line(1, "LED-LAMP", "250.00", "32.50"), line(2, "BOOK", "100.00", "9.00"),
                line(3, "LED-LAMP", "50.00", "6.50")), new BigDecimal("20.00"));
        List<Line> entry = JournalEntries.invoice(invoice, TAX_CLASSES, "RETAIL", ACCOUNTS);
        assertEquals(List.of("1122.01 Dr 468.00", "6001.09 Cr 100.00", "6001 Cr 300.00", "6051 Cr 20.00",
                "2221.09 Cr 9.00", "2221 Cr 39.00"), entry.stream().map(JournalEntriesTest::text).toList());
    }

    @Test
    void aCreditNoteIsTheInvoicesEntryTurnedAround() {
        CreditNote note = new CreditNote("CN-2026-000001", "INV-2026-000001", "SO-1", "CUST-A", "CNY", DAY,
                "broken", List.of(line(1, "LED-LAMP", "50.00", "6.50")), null, null, new BigDecimal("50.00"),
                new BigDecimal("6.50"), new BigDecimal("56.50"), BigDecimal.ZERO, BigDecimal.ZERO, null, "fred", null);
        assertEquals(List.of("1122 Cr 56.50", "6001 Dr 50.00", "2221 Dr 6.50"),
                JournalEntries.creditNote(note, TAX_CLASSES, null, ACCOUNTS).stream().map(JournalEntriesTest::text)
                        .toList());
    }

    @Test
    void aPaymentGoesToItsMethodsAccountAndAnUnmappedAccountIsNamed() {
        BigDecimal cash = new BigDecimal("80.00");
        assertEquals(List.of("1001 Dr 80.00", "1122 Cr 80.00"), JournalEntries.payment("PAY-2026-000001", "CUST-A",
                PaymentMethod.CASH, cash, "EXPORT", ACCOUNTS).stream().map(JournalEntriesTest::text).toList());
        MissingAccount missing = assertThrows(MissingAccount.class, () -> JournalEntries.payment("PAY-2026-000001",
                "CUST-A", PaymentMethod.CASH, cash, null, AccountMap.of(new String[] {"RECEIVABLE=1122"},
                        new ArrayList<>())));
        assertTrue(missing.getMessage().contains("no account for BANK (CASH)"), missing.getMessage());
    }

    @Test
    void anApprovedExpenseClaimDebitsEachCategorysExpenseAndOwesTheClaimantTheApprovedTotal() {
        AccountMap chart = AccountMap.of(new String[] {"EXPENSE=6602", "EXPENSE.TRAVEL=6602.01", "PAYABLE=2241"},
                new ArrayList<>());
        ExpenseClaim claim = new ExpenseClaim("EXP-2026-000001", "ann", "Sales South", "mia", "dan", "CNY",
                ExpenseClaim.Status.APPROVED, null, List.of(
                new ExpenseClaim.Line(1, DAY, ExpenseCategory.TRAVEL, "flights", new BigDecimal("3500.00"),
                        new BigDecimal("3500.00"), null),
                new ExpenseClaim.Line(2, DAY, ExpenseCategory.ACCOMMODATION, "hotel", new BigDecimal("2600.00"),
                        new BigDecimal("2400.00"), "policy"),
                new ExpenseClaim.Line(3, DAY, ExpenseCategory.MEALS, "dinner", new BigDecimal("80.00"),
                        new BigDecimal("0.00"), "private")),
                new BigDecimal("6180.00"), new BigDecimal("5900.00"), true, List.of(), List.of(), null);
        assertEquals(List.of("6602 Dr 2400.00", "6602.01 Dr 3500.00", "2241 Cr 5900.00"),
                JournalEntries.expenseClaim(claim, chart).stream().map(JournalEntriesTest::text).toList());
    }

    @Test
    void unreadableMappingEntriesAreEachNamed() {
        List<String> problems = new ArrayList<>();
        AccountMap.of(new String[] {"RECEIVABLE=1122", "RECEIVABLE=1123", "SALES=6001", "TAX 2221", "BANK=10 02"},
                problems);
        assertEquals(4, problems.size(), problems.toString());
    }

    /** Random invoices in the scales of JPY, CNY and BHD: every entry balances, the receivable is the total. */
    @Test
    void randomDocumentsPostBalancedEntries() {
        Random random = new Random(20);
        for (int run = 0; run < 500; run++) {
            int scale = List.of(0, 2, 3).get(run % 3);
            List<Invoice.Line> lines = new ArrayList<>();
            int count = random.nextInt(1, 8);
            for (int l = 1; l <= count; l++) {
                lines.add(new Invoice.Line(l, random.nextBoolean() ? "LED-LAMP" : "BOOK", null, BigDecimal.ONE, "pcs",
                        BigDecimal.ONE, BigDecimal.valueOf(random.nextLong(1, 10_000_000), scale), BigDecimal.ZERO,
                        BigDecimal.valueOf(random.nextLong(0, 1_000_000), scale)));
            }
            BigDecimal freight = random.nextBoolean() ? BigDecimal.valueOf(random.nextLong(0, 100_000), scale) : null;
            Invoice invoice = invoice(lines, freight);
            List<Line> entry = JournalEntries.invoice(invoice, TAX_CLASSES, random.nextBoolean() ? "RETAIL" : null,
                    ACCOUNTS);
            assertEquals(invoice.total(), entry.get(0).debit());
            assertEquals(sum(entry, Line::debit), sum(entry, Line::credit));
            entry.forEach(l -> assertEquals(List.of(scale, scale), List.of(l.debit().scale(), l.credit().scale())));
        }
    }

    private static BigDecimal sum(List<Line> lines, Function<Line, BigDecimal> side) {
        return lines.stream().map(side).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(Line line) {
        return line.account() + (line.debit().signum() != 0 ? " Dr " + line.debit().toPlainString()
                : " Cr " + line.credit().toPlainString());
    }
}
