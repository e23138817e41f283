package io.orderflow.finance.internal;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.CreditNoteRequest;
import io.orderflow.finance.api.CreditNoteService;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.event.CreditNoteIssued;
import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.finance.internal.domain.CreditNoteAmounts;
import io.orderflow.finance.internal.domain.CreditNoteAmounts.Reversal;
import io.orderflow.finance.internal.domain.CreditNoteAmounts.Reversed;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.InvoiceAmounts;
import io.orderflow.finance.internal.jpa.CreditNoteEntity;
import io.orderflow.finance.internal.jpa.CreditNoteQueries;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Credit notes (docs/business-rules.md §5): a {@code finance} user, or another department's own work, reverses lines
 * and the freight of an issued invoice; numbered {@code CN-<year>-<n>} without gaps when issued, audited, and
 * {@code finance/CREDIT_NOTE_ISSUED} appended. The invoice is locked while its credit notes are counted, so that two
 * at once never reverse the same quantity twice.
 */
@Component(service = CreditNoteService.class, configurationPid = FinanceSettings.PID)
public final class CreditNoteServiceImpl implements CreditNoteService {

    private static final List<PaymentStatus> VERIFIED = List.of(PaymentStatus.VERIFIED);

    private final FinanceDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;
    private volatile FinanceSettings.Settings settings;

    @Activate
    public CreditNoteServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                                 @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                 @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                 @Reference NumberSequences sequences, @Reference BusinessClock clock,
                                 FinanceSettings.Config config) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
        this.settings = FinanceSettings.of(config);
    }

    @Modified
    void modified(FinanceSettings.Config config) {
        settings = FinanceSettings.of(config);
    }

    @Override
    public CreditNote issue(CreditNoteRequest request, Actor actor) {
        String role = actor.requireRole("issuing a credit note", Roles.FINANCE);
        check(request);
        String reason = request.reason().strip();
        String source = request.source() == null || request.source().isBlank() ? null : request.source().strip();
        List<Reversal> asked = request.lines() == null ? List.of() : request.lines().stream()
                .map(l -> l == null ? null : new Reversal(l.lineNo(), l.quantity())).toList();
        Instant now = clock.now();
        LocalDate today = clock.today();
        return db.tx(em -> {
            InvoiceEntity invoice = FinanceQueries.lockInvoice(em, request.invoice().strip());
            if (invoice == null) {
                throw new ValidationException("invoice", "no invoice " + request.invoice().strip());
            }
            CreditNoteEntity earlier = source == null ? null : CreditNoteQueries.bySource(em, source);
            if (earlier != null) {
                if (!earlier.invoice().equals(invoice.number())) {
                    throw new ConflictException("credit note " + earlier.number() + " was issued for " + source
                            + " against " + earlier.invoice() + ", not " + invoice.number());
                }
                return view(em, earlier);
            }
            Invoice issued = invoice.toInvoice(CurrencyRules.scale(invoice.currency()));
            CreditNoteAmounts.Totals totals = reversal(em, issued, asked, request.freight());
            String number = sequences.next(FinanceDatabase.connection(em), "CN", today.getYear());
            List<Invoice.Line> lines = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                Invoice.Line line = line(issued, asked.get(i).lineNo());
                Reversed reversed = totals.lines().get(i);
                lines.add(new Invoice.Line(line.lineNo(), line.productCode(), line.specification(),
                        reversed.quantity().stripTrailingZeros(), line.unit(), line.unitPrice(), reversed.net(),
                        line.taxRate(), reversed.tax()));
            }
            CreditNoteEntity note = new CreditNoteEntity(new CreditNote(number, issued.number(), issued.orderNumber(),
                    issued.customerId(), issued.currency(), today, reason, lines, totals.freight(),
                    totals.freightTax(), totals.net(), totals.tax(), totals.total(), BigDecimal.ZERO, BigDecimal.ZERO,
                    source, actor.name(), now));
            em.persist(note);
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "CREDIT_NOTE_ISSUED", number, reason, "invoice " + issued.number() + ": " + String.join(", ",
                    lines.stream().map(l -> "line " + l.lineNo() + " x " + l.quantity().toPlainString()).toList())
                    + (totals.freight() == null ? "" : (lines.isEmpty() ? "" : ", ") + "freight") + "; "
                    + totals.total().toPlainString() + " " + issued.currency()));
            outbox.append(FinanceDatabase.connection(em), issued.orderNumber(), now, new CreditNoteIssued(number,
                    issued.number(), issued.customerId(), today, issued.currency(), reason, lines.stream()
                    .map(l -> new InvoiceIssued.Line(l.lineNo(), l.productCode(), l.specification(), l.quantity(),
                            l.unit(), l.unitPrice(), l.net(), l.taxRate(), l.tax())).toList(), totals.freight(),
                    totals.freightTax(), totals.net(), totals.tax(), totals.total()));
            return view(em, note);
        });
    }

    @Override
    public Optional<CreditNote> creditNote(String number) {
        return db.tx(em -> Optional.ofNullable(number == null ? null : em.find(CreditNoteEntity.class, number))
                .map(note -> view(em, note)));
    }

    @Override
    public List<CreditNote> creditNotes(String invoice) {
        return db.tx(em -> CreditNoteQueries.creditNotes(em, invoice).stream().map(note -> view(em, note)).toList());
    }

    /** Each problem of the request named, before anything is read. */
    private static void check(CreditNoteRequest request) {
        if (request == null) {
            throw new ValidationException("body", "a credit note is required");
        }
        Problems problems = new Problems();
        if (problems.requireText("invoice", request.invoice())) {
            problems.limitLength("invoice", request.invoice(), 20);
            problems.checkCharacters("invoice", request.invoice(), false);
        }
        if (problems.requireText("reason", request.reason())) {
            problems.limitLength("reason", request.reason(), 500);
            problems.checkCharacters("reason", request.reason(), true);
        }
        if (request.source() != null) {
            problems.limitLength("source", request.source(), 40);
            problems.checkCharacters("source", request.source(), false);
        }
        problems.throwIfAny();
    }

    /** What the request reverses of the invoice, checked against what earlier credit notes reversed of it. */
    private CreditNoteAmounts.Totals reversal(EntityManager em, Invoice invoice, List<Reversal> asked,
                                              boolean freight) {
        String currency = invoice.currency();
        Map<Integer, Reversed> before = CreditNoteQueries.reversed(em, invoice.number());
        List<CreditNoteAmounts.Invoiced> lines = invoice.lines().stream().map(l -> new CreditNoteAmounts.Invoiced(
                l.lineNo(), l.quantity(), l.unitPrice(), l.taxRate(), l.net(), l.tax(), inScale(before.getOrDefault(
                l.lineNo(), Reversed.NOTHING), currency))).toList();
        // the invoice keeps its tax in all: the freight's is what its lines' do not account for
        InvoiceAmounts.Amounts invoicedFreight = invoice.freight() == null ? null : new InvoiceAmounts.Amounts(
                invoice.freight(), invoice.tax().subtract(invoice.lines().stream().map(Invoice.Line::tax)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        return new CreditNoteAmounts(settings.currencies()).reverse(lines, invoicedFreight,
                CreditNoteQueries.freightReversed(em, invoice.number()), asked, freight, currency);
    }

    private static Invoice.Line line(Invoice invoice, int lineNo) {
        return invoice.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
    }

    private static Reversed inScale(Reversed stored, String currency) {
        int scale = CurrencyRules.scale(currency);
        return new Reversed(stored.quantity(), stored.net().setScale(scale), stored.tax().setScale(scale));
    }

    /** The credit note with what refunds took of it and what a refund may still take. */
    static CreditNote view(EntityManager em, CreditNoteEntity note) {
        BigDecimal refunded = CreditNoteQueries.refunded(em, note.number());
        BigDecimal refundable = note.total().subtract(refunded).min(orderCredit(em, note.orderNumber()))
                .max(BigDecimal.ZERO);
        return note.toCreditNote(CurrencyRules.scale(note.currency()), refunded, refundable);
    }

    /**
     * What the customer paid on an order beyond what it owes: the money verified to the order and its invoices, less
     * the invoices' totals, less what their credit notes took off them (what refunds paid out of those is owed again).
     * Money paid ahead for what is not invoiced yet counts too: a credit note may be refunded from it.
     */
    private static BigDecimal orderCredit(EntityManager em, String orderNumber) {
        BigDecimal paid = FinanceQueries.allocatedTo(em, orderNumber, VERIFIED);
        BigDecimal owed = BigDecimal.ZERO;
        for (InvoiceEntity invoice : FinanceQueries.invoices(em, orderNumber)) {
            paid = paid.add(FinanceQueries.allocatedTo(em, invoice.number(), VERIFIED));
            owed = owed.add(invoice.total()).subtract(CreditNoteQueries.credited(em, invoice.number()));
        }
        return paid.subtract(owed).max(BigDecimal.ZERO);
    }
}
