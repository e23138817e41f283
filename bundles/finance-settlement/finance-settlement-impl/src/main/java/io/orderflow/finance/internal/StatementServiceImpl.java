package io.orderflow.finance.internal;

import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.Statement;
import io.orderflow.finance.api.Statement.Entry;
import io.orderflow.finance.api.Statement.Kind;
import io.orderflow.finance.api.StatementService;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.jpa.CreditNoteEntity;
import io.orderflow.finance.internal.jpa.CreditNoteQueries;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.finance.internal.jpa.PaymentEntity;
import io.orderflow.finance.internal.jpa.RefundEntity;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A customer's statement: its invoices, credit notes, verified payments (and their reversals) and verified refunds, per
 * currency in date order with the running balance. A payment counts in all, allocated or on account: the statement is
 * the customer's account, not one order's.
 */
@Component(service = StatementService.class)
public final class StatementServiceImpl implements StatementService {

    /** A document dated, in its currency, with what it adds to the balance. */
    private record Dated(String currency, Entry entry) {
    }

    private final FinanceDatabase db;
    private final BusinessClock clock;

    @Activate
    public StatementServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                                @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                @Reference BusinessClock clock) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.clock = clock;
    }

    @Override
    public Statement statement(String customerId, LocalDate from, LocalDate to) {
        if (customerId == null || customerId.isBlank()) {
            throw new ValidationException("customerId", "is required");
        }
        LocalDate last = to == null ? clock.today() : to;
        List<Dated> documents = db.tx(em -> {
            List<Dated> all = new ArrayList<>();
            for (InvoiceEntity i : CreditNoteQueries.invoicesOf(em, customerId)) {
                all.add(dated(i.currency(), i.issuedOn(), Kind.INVOICE, i.number(), i.orderNumber(), i.total()));
            }
            for (CreditNoteEntity c : CreditNoteQueries.creditNotesOf(em, customerId)) {
                all.add(dated(c.currency(), c.issuedOn(), Kind.CREDIT_NOTE, c.number(), c.invoice(),
                        c.total().negate()));
            }
            for (PaymentEntity p : FinanceQueries.payments(em, customerId)) {
                if (p.verifiedAt() != null) { // only verified money counts; a reversed payment was verified first
                    all.add(dated(p.currency(), p.receivedOn(), Kind.PAYMENT, p.id(), p.reference(),
                            p.amount().negate()));
                }
                if (p.status() == PaymentStatus.REVERSED) {
                    all.add(dated(p.currency(), clock.dateOf(p.reversedAt()), Kind.PAYMENT_REVERSED, p.id(),
                            p.reversal(), p.amount()));
                }
            }
            for (RefundEntity r : CreditNoteQueries.refundsOf(em, customerId)) {
                if (r.status() == PaymentStatus.VERIFIED) {
                    all.add(dated(r.currency(), r.paidOn(), Kind.REFUND, r.id(), r.creditNote(), r.amount()));
                }
            }
            return all;
        });
        LocalDate first = from != null ? from : documents.stream().map(d -> d.entry().date())
                .min(Comparator.naturalOrder()).filter(day -> !day.isAfter(last)).orElse(last);
        if (first.isAfter(last)) {
            throw new ValidationException("from", "is after to (" + last + ")");
        }
        Map<String, List<Entry>> byCurrency = new TreeMap<>();
        documents.stream().filter(d -> !d.entry().date().isAfter(last))
                .sorted(Comparator.comparing((Dated d) -> d.entry().date()).thenComparing(d -> d.entry().kind())
                        .thenComparing(d -> d.entry().document()))
                .forEach(d -> byCurrency.computeIfAbsent(d.currency(), c -> new ArrayList<>()).add(d.entry()));
        List<Statement.Account> accounts = new ArrayList<>();
        byCurrency.forEach((currency, entries) -> accounts.add(account(currency, entries, first)));
        return new Statement(customerId, first, last, accounts);
    }

    /** One currency's account from {@code first}: what the entries before it add up to opens it. */
    private static Statement.Account account(String currency, List<Entry> entries, LocalDate first) {
        BigDecimal balance = BigDecimal.ZERO.setScale(CurrencyRules.scale(currency));
        List<Entry> shown = new ArrayList<>();
        BigDecimal opening = null;
        for (Entry entry : entries) {
            if (opening == null && !entry.date().isBefore(first)) {
                opening = balance;
            }
            balance = balance.add(entry.amount());
            if (opening != null) {
                shown.add(new Entry(entry.date(), entry.kind(), entry.document(), entry.reference(), entry.amount(),
                        balance));
            }
        }
        return new Statement.Account(currency, opening == null ? balance : opening, shown, balance);
    }

    private static Dated dated(String currency, LocalDate date, Kind kind, String document, String reference,
                               BigDecimal amount) {
        return new Dated(currency, new Entry(date, kind, document, reference, amount.setScale(
                CurrencyRules.scale(currency)), null));
    }
}
