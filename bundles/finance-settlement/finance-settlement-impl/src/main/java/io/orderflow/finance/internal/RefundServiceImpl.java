package io.orderflow.finance.internal;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.Refund;
import io.orderflow.finance.api.RefundDraft;
import io.orderflow.finance.api.RefundService;
import io.orderflow.finance.api.event.RefundVerified;
import io.orderflow.finance.internal.jpa.CreditNoteEntity;
import io.orderflow.finance.internal.jpa.CreditNoteQueries;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.finance.internal.jpa.RefundEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.NotFoundException;
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
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Refunds (docs/business-rules.md §5): money paid back to a customer against a credit note, numbered
 * {@code REF-<year>-<n>} without gaps, recorded by one {@code finance} user and verified by another. Refunds are a
 * table of their own rather than payments of another direction: every sum of incoming money stays as it is, and a
 * refund belongs to exactly one credit note. The order's invoices are locked while a refund is checked, so that two refunds
 * at once never pay out the same credit.
 */
@Component(service = RefundService.class)
public final class RefundServiceImpl implements RefundService {

    private final FinanceDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;

    @Activate
    public RefundServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                             @Reference EventOutbox outbox, @Reference AuditTrail audit,
                             @Reference NumberSequences sequences, @Reference BusinessClock clock) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
    }

    @Override
    public Refund record(RefundDraft draft, Actor actor) {
        String role = actor.requireRole("recording a refund", Roles.FINANCE);
        if (draft == null) {
            throw new ValidationException("body", "a refund is required");
        }
        Problems problems = new Problems();
        BigDecimal amount = MoneyChecks.checked(problems, draft.customerId(), draft.amount(), draft.currency(),
                draft.method(), draft.reference(), "paidOn", draft.paidOn(), clock.today());
        problems.requireText("creditNote", draft.creditNote());
        problems.throwIfAny();
        Instant now = clock.now();
        return db.tx(em -> {
            CreditNote note = refundable(em, draft.creditNote().strip());
            if (note == null || !note.customerId().equals(draft.customerId().strip())) {
                throw new ValidationException("creditNote", "no credit note " + draft.creditNote().strip()
                        + " of this customer");
            }
            if (!note.currency().equals(draft.currency())) {
                throw new ValidationException("currency", note.number() + " is in " + note.currency()
                        + ": a refund pays it out in its own currency");
            }
            if (amount.compareTo(note.refundable()) > 0) {
                throw new ValidationException("amount", "at most " + note.refundable().toPlainString() + " "
                        + note.currency() + " of " + note.number() + " is refundable: what the customer paid beyond"
                        + " what it owes on order " + note.orderNumber() + ", less what refunds paid out already");
            }
            String id = sequences.next(FinanceDatabase.connection(em), "REF", clock.today().getYear());
            RefundEntity refund = new RefundEntity(new Refund(id, note.customerId(), note.number(), amount,
                    note.currency(), draft.method(), draft.reference() == null ? null : draft.reference().strip(),
                    draft.paidOn(), PaymentStatus.RECORDED, actor.name(), now, null, null));
            em.persist(refund);
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "REFUND_RECORDED",
                    id, null, note.customerId() + " " + amount.toPlainString() + " " + note.currency() + " "
                    + draft.method() + " against " + note.number()));
            return refund.toRefund();
        });
    }

    @Override
    public Refund verify(String id, Actor actor) {
        String role = actor.requireRole("verifying a refund", Roles.FINANCE);
        Instant now = clock.now();
        return db.tx(em -> {
            RefundEntity refund = id == null ? null : CreditNoteQueries.lockRefund(em, id);
            if (refund == null) {
                throw new NotFoundException("no refund " + id);
            }
            MoneyChecks.verifiable("refund " + id, refund.status(), refund.recordedBy(), actor);
            refund.verify(actor.name(), now);
            CreditNoteEntity note = em.find(CreditNoteEntity.class, refund.creditNote());
            Refund verified = refund.toRefund();
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "REFUND_VERIFIED",
                    id, null, verified.amount().toPlainString() + " " + verified.currency() + " against "
                    + note.number()));
            outbox.append(FinanceDatabase.connection(em), id, now, new RefundVerified(id, note.number(),
                    note.invoice(), verified.customerId(), verified.currency(), verified.amount(), verified.paidOn(),
                    clock.dateOf(now)));
            return verified;
        });
    }

    @Override
    public Optional<Refund> refund(String id) {
        return db.tx(em -> Optional.ofNullable(id == null ? null : em.find(RefundEntity.class, id))
                .map(RefundEntity::toRefund));
    }

    @Override
    public List<Refund> refunds(String customerId) {
        return db.tx(em -> CreditNoteQueries.refundsOf(em, customerId).stream().map(RefundEntity::toRefund).toList());
    }

    /** The credit note with what is refundable of it, its order's invoices locked first (in one order); or null. */
    private static CreditNote refundable(EntityManager em, String number) {
        CreditNoteEntity note = em.find(CreditNoteEntity.class, number);
        if (note == null) {
            return null;
        }
        FinanceQueries.invoices(em, note.orderNumber()).stream().map(InvoiceEntity::number)
                .forEach(invoice -> FinanceQueries.lockInvoice(em, invoice));
        return CreditNoteServiceImpl.view(em, note);
    }
}
