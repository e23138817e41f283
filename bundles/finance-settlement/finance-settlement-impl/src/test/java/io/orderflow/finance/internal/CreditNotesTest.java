package io.orderflow.finance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.finance.api.Ageing;
import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.CreditNoteRequest;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.OrderSettlement;
import io.orderflow.finance.api.Payment;
import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.Refund;
import io.orderflow.finance.api.RefundDraft;
import io.orderflow.finance.api.Statement;
import io.orderflow.finance.api.Statement.Kind;
import io.orderflow.finance.api.event.CreditNoteIssued;
import io.orderflow.finance.api.event.RefundVerified;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credit notes, refunds and the customer's statement on an in-memory Derby with the shipped migrations and the real
 * unit: an invoice of 7 lamps at 25.005 taxed 13 % (175.04 + 22.76), 3 drivers at 100 untaxed and 15.50 freight,
 * 513.30 CNY in all, reversed in parts; what is open on it, its ageing and its order's settlement; refunds of what was
 * paid beyond what is owed; the statement adding up.
 */
class CreditNotesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock DAY = Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0).atZone(SHANGHAI)
            .toInstant(), SHANGHAI);
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Actor FRED = new Actor("fred", Set.of(Roles.FINANCE));
    private static final Actor FIONA = new Actor("fiona", Set.of(Roles.FINANCE));
    private static final Actor ANN = new Actor("ann", Set.of(Roles.SALES_REP));
    private static final String INVOICE = "INV-2026-000001";
    private static final FinanceSettings.Config SETTINGS = TestSettings.rounding("HALF_UP");

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final RecordCodec codec = new RecordCodec();
    private final PaymentServiceImpl payments = new PaymentServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY);
    private final CreditNoteServiceImpl creditNotes = creditNotes(derby.auditTrail());
    private final RefundServiceImpl refunds = new RefundServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY);
    private final ReceivablesServiceImpl receivables = new ReceivablesServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), () -> DAY, SETTINGS);
    private final StatementServiceImpl statements = new StatementServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), () -> DAY);

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private CreditNoteServiceImpl creditNotes(io.orderflow.platform.api.audit.AuditTrail audit) {
        return new CreditNoteServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(), derby.outbox(), audit,
                derby.sequences(), () -> DAY, SETTINGS);
    }

    /** Order SO-1 of CUST-A confirmed on NET30, and its invoice of 513.30 CNY issued on {@code issuedOn}. */
    private void invoiced(LocalDate issuedOn) {
        new OrderAccounts(derby.jpa(), derby.migrations(), derby.transactions(), new AppliedEventsImpl(
                derby.dataSource(), derby.transactions()), () -> DAY, codec, SETTINGS,
                TestSettings.customOrderPercent(30)).onEvent(codec.toEvent("SO-1", DAY.instant(), new OrderConfirmed(
                "CUST-A", "SOUTH", 1, new BigDecimal("513.30"), "CNY", "NET30", false, LocalDate.parse("2026-04-01"),
                0, List.of())));
        persist(new Invoice(INVOICE, "SO-1", "SH-1", "CUST-A", "PO-1", "CNY", "NET30", issuedOn, issuedOn.plusDays(30),
                List.of(new Invoice.Line(1, "LED-LAMP", "4000K", new BigDecimal("7"), "pcs", new BigDecimal("25.005"),
                                new BigDecimal("175.04"), new BigDecimal("0.13"), new BigDecimal("22.76")),
                        new Invoice.Line(2, "DRIVER", null, new BigDecimal("3"), "pcs", new BigDecimal("100.00"),
                                new BigDecimal("300.00"), BigDecimal.ZERO, new BigDecimal("0.00"))),
                new BigDecimal("15.50"), new BigDecimal("490.54"), new BigDecimal("22.76"), new BigDecimal("513.30")));
    }

    private void persist(Invoice invoice) {
        derby.jpa().tx(em -> em.persist(new InvoiceEntity(invoice)));
    }

    private static CreditNoteRequest reversing(boolean freight, String reason, String... lineQuantities) {
        return new CreditNoteRequest(INVOICE, IntStream.range(0, lineQuantities.length / 2).mapToObj(i ->
                new CreditNoteRequest.Line(Integer.parseInt(lineQuantities[2 * i]),
                        new BigDecimal(lineQuantities[2 * i + 1]))).toList(), freight, reason, null);
    }

    private Payment paid(String amount, LocalDate receivedOn, AllocationRow... rows) {
        return payments.verify(payments.record(new PaymentDraft("CUST-A", new BigDecimal(amount), "CNY",
                PaymentMethod.BANK_TRANSFER, "TT-1", receivedOn, List.of(rows)), FRED).id(), FIONA);
    }

    private static RefundDraft refund(String customer, String creditNote, String amount, String currency) {
        return new RefundDraft(customer, creditNote, new BigDecimal(amount), currency, PaymentMethod.BANK_TRANSFER,
                "TT-BACK", TODAY);
    }

    private static List<FieldProblem> problems(Runnable refused) {
        return assertThrows(ValidationException.class, refused::run).problems();
    }

    @Test
    void aCreditNoteReversingPartsOfTwoLinesTakesItOffWhatIsOpenOnTheInvoiceAndNeverReversesMoreThanWasInvoiced() {
        invoiced(TODAY);
        CreditNote note = creditNotes.issue(reversing(false, "3 lamps flicker,\n1 driver dead", "1", "3", "2", "1"),
                FRED);
        assertEquals("CN-2026-000001", note.number());
        assertEquals(List.of(new BigDecimal("75.02"), new BigDecimal("100.00")), note.lines().stream()
                .map(Invoice.Line::net).toList(), "3 x 25.005 = 75.015 rounds half up, as on the invoice");
        assertEquals(new BigDecimal("9.75"), note.tax());
        assertEquals(new BigDecimal("184.77"), note.total());
        assertEquals(new BigDecimal("0.00"), note.refundable(), "nothing was paid: it only takes off what is owed");
        CreditNoteIssued event = (CreditNoteIssued) derby.events().get(0);
        assertEquals(List.of("CN-2026-000001", INVOICE, "CUST-A", "184.77"), List.of(event.creditNote(),
                event.invoice(), event.customerId(), event.total().toPlainString()));
        assertEquals(List.of("CREDIT_NOTE_ISSUED fred finance"), derby.audit().stream().map(a -> a.action() + " "
                + a.actor() + " " + a.role()).toList());

        Ageing.OpenInvoice open = receivables.ageing(LocalDate.parse("2026-05-01")).invoices().get(0);
        assertEquals(new BigDecimal("328.53"), open.open(), "513.30 less 184.77");
        assertEquals("1–30", open.bucket());
        OrderSettlement settlement = payments.settlement("SO-1").orElseThrow();
        assertEquals(new BigDecimal("328.53"), settlement.invoiced());
        assertEquals(new BigDecimal("328.53"), settlement.open());
        assertEquals(List.of(new FieldProblem("allocations[0].amount", "at most 328.53 CNY is open on " + INVOICE)),
                problems(() -> paid("400.00", TODAY, new AllocationRow(INVOICE, new BigDecimal("328.54")))));

        assertEquals(List.of(new FieldProblem("lines[0].quantity", "at most 4 of line 1 is left to reverse")),
                problems(() -> creditNotes.issue(reversing(false, "more lamps", "1", "5"), FRED)));
        CreditNote rest = creditNotes.issue(reversing(true, "the rest of the lamps, and the freight", "1", "4"), FRED);
        assertEquals("CN-2026-000002", rest.number(), "the refused one took no number");
        assertEquals(List.of(new BigDecimal("100.02"), new BigDecimal("13.01")), List.of(rest.lines().get(0).net(),
                rest.lines().get(0).tax()), "exactly what line 1 had left");
        assertEquals(new BigDecimal("128.53"), rest.total());
        assertEquals(List.of(new FieldProblem("lines[0].quantity", "at most 0 of line 1 is left to reverse"),
                new FieldProblem("freight", "an earlier credit note reversed it already")),
                problems(() -> creditNotes.issue(reversing(true, "again", "1", "0.5"), FRED)));
        assertEquals(new BigDecimal("200.00"), receivables.ageing(LocalDate.parse("2026-05-01")).invoices().get(0)
                .open(), "two drivers are still owed");

        assertEquals(List.of(new FieldProblem("invoice", "no invoice INV-2026-000404")), problems(() ->
                creditNotes.issue(new CreditNoteRequest("INV-2026-000404", List.of(), true, "x", null), FRED)));
        assertEquals(List.of("reason"), problems(() -> creditNotes.issue(reversing(false, " ", "2", "1"), FRED))
                .stream().map(FieldProblem::field).toList());
        assertThrows(ForbiddenException.class, () -> creditNotes.issue(reversing(false, "x", "2", "1"), ANN));
        assertEquals(List.of("CN-2026-000001", "CN-2026-000002"), creditNotes.creditNotes(INVOICE).stream()
                .map(CreditNote::number).toList());
    }

    @Test
    void anotherDepartmentIssuesOneCreditNoteForItsReturnHoweverOftenItAsks() {
        invoiced(TODAY);
        CreditNoteRequest forReturn = new CreditNoteRequest(INVOICE, List.of(new CreditNoteRequest.Line(2,
                BigDecimal.ONE)), false, "return RMA-2026-000001 refunded", "RMA-2026-000001");
        CreditNote first = creditNotes.issue(forReturn, Actor.SYSTEM);
        assertEquals(first, creditNotes.issue(forReturn, Actor.SYSTEM), "asked again: the same credit note");
        assertEquals("system", first.issuedBy());
        assertEquals(1, derby.events().size());
        assertEquals("CN-2026-000002", creditNotes.issue(reversing(false, "one more driver", "2", "1"), FRED)
                .number(), "no number taken for the second ask");
    }

    @Test
    void aRefundPaysOutWhatACreditNoteReversedOfAPaidInvoiceVerifiedByAnotherUserAndNeverMore() {
        invoiced(TODAY);
        paid("513.30", TODAY, new AllocationRow(INVOICE, new BigDecimal("513.30")));
        CreditNote note = creditNotes.issue(reversing(false, "3 lamps flicker", "1", "3", "2", "1"), FRED);
        assertEquals(new BigDecimal("184.77"), note.refundable(), "the invoice was paid: all of it is the customer's");
        assertEquals(List.of(), receivables.ageing(TODAY).invoices(), "nothing open, the credit is over");

        assertEquals(List.of(new FieldProblem("amount", "at most 184.77 CNY of CN-2026-000001 is refundable: what the"
                + " customer paid beyond what it owes on order SO-1, less what refunds paid out already")),
                problems(() -> refunds.record(refund("CUST-A", note.number(), "184.78", "CNY"), FRED)));
        assertEquals("creditNote", problems(() -> refunds.record(refund("CUST-B", note.number(), "10", "CNY"), FRED))
                .get(0).field(), "another customer's credit note");
        assertEquals("currency", problems(() -> refunds.record(refund("CUST-A", note.number(), "10", "JPY"), FRED))
                .get(0).field());

        Refund recorded = refunds.record(refund("CUST-A", note.number(), "100", "CNY"), FRED);
        assertEquals(List.of("REF-2026-000001", "RECORDED", "100.00"), List.of(recorded.id(),
                recorded.status().name(), recorded.amount().toPlainString()));
        CreditNote taken = creditNotes.creditNote(note.number()).orElseThrow();
        assertEquals(List.of(new BigDecimal("100.00"), new BigDecimal("84.77")), List.of(taken.refunded(),
                taken.refundable()), "a recorded refund already takes its part");
        assertThrows(ForbiddenException.class, () -> refunds.verify(recorded.id(), FRED), "not the one who recorded");
        assertThrows(ForbiddenException.class, () -> refunds.verify(recorded.id(), ANN));
        Refund verified = refunds.verify(recorded.id(), FIONA);
        assertEquals(PaymentStatus.VERIFIED, verified.status());
        assertThrows(ConflictException.class, () -> refunds.verify(recorded.id(), FIONA));
        assertEquals(new RefundVerified("REF-2026-000001", note.number(), INVOICE, "CUST-A", "CNY",
                new BigDecimal("100.00"), TODAY, TODAY), derby.events().get(derby.events().size() - 1));

        assertEquals("amount", problems(() -> refunds.record(refund("CUST-A", note.number(), "84.78", "CNY"), FRED))
                .get(0).field());
        refunds.record(refund("CUST-A", note.number(), "84.77", "CNY"), FIONA);
        assertEquals(new BigDecimal("0.00"), creditNotes.creditNote(note.number()).orElseThrow().refundable());
        assertEquals(List.of("REF-2026-000002", "REF-2026-000001"), refunds.refunds("CUST-A").stream()
                .map(Refund::id).toList(), "newest first");
        assertEquals(new BigDecimal("0.00"), payments.settlement("SO-1").orElseThrow().open(),
                "all refunded: the order is settled, no more and no less");
        assertEquals(List.of("REFUND_RECORDED", "REFUND_VERIFIED", "REFUND_RECORDED"), derby.audit().stream()
                .map(a -> a.action()).filter(a -> a.startsWith("REFUND")).toList());
    }

    @Test
    void aCreditNoteOfAnInvoiceNotPaidHasNothingToRefund() {
        invoiced(TODAY);
        CreditNote note = creditNotes.issue(reversing(false, "a driver dead", "2", "1"), FRED);
        assertEquals("amount", problems(() -> refunds.record(refund("CUST-A", note.number(), "1", "CNY"), FRED))
                .get(0).field());
    }

    /**
     * CNY: the invoice (20 February), paid in full (25 February), 50 more on account (1 March) that bounced, a credit
     * note and a refund of part of it (2 March). JPY: an invoice of another order (21 February).
     */
    @Test
    void theStatementRunsEachCurrencysBalanceFromItsOpeningToItsClosing() {
        invoiced(LocalDate.parse("2026-02-20"));
        persist(new Invoice("INV-2026-000002", "SO-2", "SH-2", "CUST-A", null, "JPY", "NET30",
                LocalDate.parse("2026-02-21"), LocalDate.parse("2026-03-23"), List.of(new Invoice.Line(1, "LED-LAMP",
                null, new BigDecimal("2"), "pcs", new BigDecimal("2500"), new BigDecimal("5000"), BigDecimal.ZERO,
                new BigDecimal("0"))), null, new BigDecimal("5000"), new BigDecimal("0"), new BigDecimal("5000")));
        paid("513.30", LocalDate.parse("2026-02-25"), new AllocationRow(INVOICE, new BigDecimal("513.30")));
        Payment bounced = paid("50", LocalDate.parse("2026-03-01"));
        payments.reverse(bounced.id(), "returned by the bank", FRED);
        CreditNote note = creditNotes.issue(reversing(false, "3 lamps flicker", "1", "3", "2", "1"), FRED);
        refunds.verify(refunds.record(refund("CUST-A", note.number(), "100", "CNY"), FRED).id(), FIONA);

        Statement all = statements.statement("CUST-A", null, null);
        assertEquals(List.of(LocalDate.parse("2026-02-20"), TODAY), List.of(all.from(), all.to()),
                "from the first document to today");
        Statement.Account cny = all.accounts().get(0);
        assertEquals(List.of("2026-02-20 INVOICE INV-2026-000001 513.30 513.30",
                "2026-02-25 PAYMENT PAY-2026-000001 -513.30 0.00",
                "2026-03-01 PAYMENT PAY-2026-000002 -50.00 -50.00",
                "2026-03-02 CREDIT_NOTE CN-2026-000001 -184.77 -234.77",
                "2026-03-02 PAYMENT_REVERSED PAY-2026-000002 50.00 -184.77",
                "2026-03-02 REFUND REF-2026-000001 100.00 -84.77"), cny.entries().stream().map(e -> e.date() + " "
                + e.kind() + " " + e.document() + " " + e.amount().toPlainString() + " " + e.balance().toPlainString())
                .toList());
        assertEquals(List.of("CNY 0.00 -84.77", "JPY 0 5000"), all.accounts().stream().map(a -> a.currency() + " "
                + a.opening().toPlainString() + " " + a.closing().toPlainString()).toList(),
                "what is left of the credit note is the customer's credit");

        Statement part = statements.statement("CUST-A", LocalDate.parse("2026-02-26"), LocalDate.parse("2026-03-01"));
        assertEquals(List.of("CNY 0.00 [PAYMENT] -50.00", "JPY 5000 [] 5000"), part.accounts().stream().map(a ->
                a.currency() + " " + a.opening().toPlainString() + " " + a.entries().stream().map(Statement.Entry::kind)
                        .toList() + " " + a.closing().toPlainString()).toList());
        for (Statement statement : List.of(all, part)) {
            for (Statement.Account account : statement.accounts()) {
                assertEquals(account.closing(), account.entries().stream().map(Statement.Entry::amount)
                        .reduce(account.opening(), BigDecimal::add), "opening and documents make the closing");
            }
        }
        assertEquals(Kind.INVOICE, all.accounts().get(1).entries().get(0).kind());
        assertEquals("from", problems(() -> statements.statement("CUST-A", TODAY, LocalDate.parse("2026-03-01")))
                .get(0).field());
        assertEquals(List.of(), statements.statement("CUST-Z", null, null).accounts(), "no documents, no accounts");
    }

    /**
     * Credit notes issued from four threads at once, every third one's transaction rolled back after it took its
     * number: the numbers kept are 1 to n, none missing, none twice.
     */
    @Test
    void creditNoteNumbersHaveNoGapsUnderConcurrencyAndRollback() throws Exception {
        invoiced(TODAY);
        CreditNoteServiceImpl failingSometimes = creditNotes(new FailingAudit(derby.auditTrail(),
                record -> record.reason().startsWith("fail")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long kept = 0;
        try {
            List<Callable<Boolean>> attempts = IntStream.range(0, 12).<Callable<Boolean>>mapToObj(i -> () -> {
                try {
                    failingSometimes.issue(reversing(false, (i % 3 == 0 ? "fail " : "keep ") + i, "1", "0.1"), FRED);
                    return true;
                } catch (IllegalStateException refused) {
                    return false;
                }
            }).toList();
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                kept += attempt.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(8, kept);
        assertEquals(IntStream.rangeClosed(1, 8).mapToObj(n -> String.format("CN-2026-%06d", n)).toList(),
                creditNotes.creditNotes(INVOICE).stream().map(CreditNote::number).toList());
        assertEquals(new BigDecimal("0.8"), creditNotes.creditNotes(INVOICE).stream().map(n -> n.lines().get(0)
                .quantity()).reduce(BigDecimal.ZERO, BigDecimal::add), "only the kept ones reversed anything");
    }
}
