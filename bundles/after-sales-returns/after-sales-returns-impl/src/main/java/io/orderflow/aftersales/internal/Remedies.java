package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.RemedyDraft;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.event.Refunded;
import io.orderflow.aftersales.api.event.ReturnClosed;
import io.orderflow.aftersales.internal.ReturnServiceImpl.Step;
import io.orderflow.aftersales.internal.domain.LineQuantities;
import io.orderflow.aftersales.internal.domain.RefundAllocation;
import io.orderflow.aftersales.internal.jpa.ReturnEntity;
import io.orderflow.aftersales.internal.jpa.ReturnQueries;
import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.CreditNoteRequest;
import io.orderflow.finance.api.CreditNoteService;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.InvoiceService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.ReplacementOrderService;
import io.orderflow.salesorder.api.ReplacementRequest;
import io.orderflow.salesorder.api.SalesOrder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The remedies of inspected goods, fixed and approved by the sales director (docs/business-rules.md §9), and their
 * completion. EXCHANGE lines become one replacement order in sales (keyed by the RMA, a later batch by the RMA and
 * its number); REFUND lines a credit note per invoice they were invoiced on (keyed by the return and its number);
 * NONE is done at once. An exchange is done when the replacement is delivered, a refund when its credit note is
 * issued with nothing to pay back, or when finance verifies the money paid back.
 */
@Component(service = Remedies.class)
public final class Remedies {

    private final AfterSalesDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReplacementOrderService replacements;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile InvoiceService invoices;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CreditNoteService creditNotes;

    @Activate
    public Remedies(@Reference(target = AfterSalesDatabase.UNIT) JpaTemplate jpa,
                    @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                    @Reference EventOutbox outbox, @Reference AuditTrail audit, @Reference BusinessClock clock) {
        this.db = new AfterSalesDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** For tests outside OSGi: the departments this one calls, as the references would bind them. */
    void bind(ReplacementOrderService replacements, InvoiceService invoices, CreditNoteService creditNotes) {
        this.replacements = replacements;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
    }

    CustomerReturn fix(String number, RemedyDraft draft, Actor actor) {
        String role = actor.requireRole("approving a return's remedies", Roles.SALES_DIRECTOR);
        if (draft == null) {
            throw new ValidationException("body", "remedies are required");
        }
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = ReturnServiceImpl.locked(em, number);
            if (entity.status() == ReturnStatus.REQUESTED || entity.status() == ReturnStatus.REJECTED
                    || entity.status() == ReturnStatus.CLOSED) {
                throw new ConflictException("return " + number + " is " + entity.status() + ": remedies follow"
                        + " the inspection of an authorised return");
            }
            Map<Remedy, Map<Integer, BigDecimal>> byRemedy = checked(entity, draft);
            List<String> done = new ArrayList<>();
            Map<Integer, BigDecimal> exchanged = byRemedy.get(Remedy.EXCHANGE);
            if (!exchanged.isEmpty()) {
                String order = exchange(entity, exchanged, actor);
                exchanged.forEach((lineNo, quantity) -> fixOne(entity, lineNo, Remedy.EXCHANGE, quantity, null,
                        order, false, actor, now));
                done.add("exchange by replacement order " + order);
            }
            Map<Integer, BigDecimal> refunded = byRemedy.get(Remedy.REFUND);
            if (!refunded.isEmpty()) {
                for (CreditNote note : refund(entity, refunded)) {
                    boolean settled = note.refundable().signum() == 0;
                    note.lines().forEach(l -> fixOne(entity, l.lineNo(), Remedy.REFUND, l.quantity(), null,
                            note.number(), settled, actor, now));
                    if (settled) { // the credit note reduced what the customer owed: nothing to pay back
                        outbox.append(AfterSalesDatabase.connection(em), number, now, new Refunded(
                                entity.orderNumber(), entity.rma(), note.number()));
                    }
                    done.add("refund by credit note " + note.number() + " of " + note.total().toPlainString() + " "
                            + note.currency() + (settled ? ", nothing to pay back" : ", "
                            + note.refundable().toPlainString() + " to pay back"));
                }
            }
            draft.lines().stream().filter(l -> l.remedy() == Remedy.NONE).forEach(l -> fixOne(entity, l.lineNo(),
                    Remedy.NONE, l.quantity(), l.reason().strip(), null, true, actor, now));
            if (!byRemedy.get(Remedy.NONE).isEmpty()) {
                done.add("no remedy for lines " + byRemedy.get(Remedy.NONE).keySet());
            }
            audit.record(AfterSalesDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "RETURN_REMEDIES_APPROVED", number, null, String.join("; ", done)));
            settled(em, entity, now);
            return entity.toReturn();
        });
    }

    /** The draft's quantities by remedy and line, every problem named at once. */
    private static Map<Remedy, Map<Integer, BigDecimal>> checked(ReturnEntity entity, RemedyDraft draft) {
        Problems problems = new Problems();
        LineQuantities.checked(problems, draft.lines(), RemedyDraft.Line::lineNo, RemedyDraft.Line::quantity,
                ReturnServiceImpl.open(entity, Step.REMEDY), "inspected without a remedy");
        Map<Remedy, Map<Integer, BigDecimal>> byRemedy = new LinkedHashMap<>();
        for (Remedy remedy : Remedy.values()) {
            byRemedy.put(remedy, new LinkedHashMap<>());
        }
        for (int i = 0; draft.lines() != null && i < draft.lines().size(); i++) {
            RemedyDraft.Line line = draft.lines().get(i);
            if (line == null || line.lineNo() == null || line.quantity() == null) {
                continue;
            }
            if (line.remedy() == null) {
                problems.add("lines[" + i + "].remedy", "is required: EXCHANGE, REFUND or NONE");
                continue;
            }
            if (line.remedy() == Remedy.NONE && (line.reason() == null || line.reason().isBlank())) {
                problems.add("lines[" + i + "].reason", "is required for NONE: the customer is told why");
            }
            problems.checkCharacters("lines[" + i + "].reason", line.reason(), true);
            problems.limitLength("lines[" + i + "].reason", line.reason(), 500);
            byRemedy.get(line.remedy()).merge(line.lineNo(), line.quantity(), BigDecimal::add);
        }
        problems.throwIfAny();
        return byRemedy;
    }

    /** The replacement order of the exchanged lines: the RMA is its key, a later batch's the RMA and its number. */
    private String exchange(ReturnEntity entity, Map<Integer, BigDecimal> lines, Actor actor) {
        ReplacementOrderService sales = DepartmentUnavailableException.require(replacements, "sales");
        long batches = entity.remedies().stream().filter(r -> r.remedy() == Remedy.EXCHANGE)
                .map(CustomerReturn.RemedyDecision::document).distinct().count();
        String key = batches == 0 ? entity.rma() : entity.rma() + "/E" + (batches + 1);
        List<ReplacementRequest.Line> wanted = new ArrayList<>();
        lines.forEach((lineNo, quantity) -> wanted.add(new ReplacementRequest.Line(lineNo, quantity)));
        SalesOrder order = sales.place(new ReplacementRequest(key, entity.orderNumber(), wanted), actor);
        entity.replacedBy(order.number());
        return order.number();
    }

    /** The credit notes of the refunded lines, one per invoice they were invoiced on. */
    private List<CreditNote> refund(ReturnEntity entity, Map<Integer, BigDecimal> lines) {
        InvoiceService invoiced = DepartmentUnavailableException.require(invoices, "finance");
        CreditNoteService credit = DepartmentUnavailableException.require(creditNotes, "finance");
        List<RefundAllocation.Invoiced> left = new ArrayList<>();
        Set<String> recorded = entity.remedies().stream().map(CustomerReturn.RemedyDecision::document)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        for (Invoice invoice : invoiced.invoices(entity.orderNumber())) {
            Map<Integer, BigDecimal> reversed = new LinkedHashMap<>();
            // a credit note this return had issued when its own transaction failed is issued again under its key
            // (finance answers the same note): it does not count as reversed before
            credit.creditNotes(invoice.number()).stream().filter(n -> recorded.contains(n.number())
                    || n.source() == null || !n.source().startsWith(entity.number() + "/C"))
                    .forEach(n -> n.lines().forEach(l -> reversed.merge(l.lineNo(), l.quantity(), BigDecimal::add)));
            invoice.lines().forEach(l -> left.add(new RefundAllocation.Invoiced(invoice.number(), l.lineNo(),
                    l.quantity().subtract(reversed.getOrDefault(l.lineNo(), BigDecimal.ZERO)))));
        }
        List<RefundAllocation.Reversal> reversals;
        try {
            reversals = RefundAllocation.allocate(lines, left);
        } catch (IllegalArgumentException notInvoiced) {
            throw new ConflictException("order " + entity.orderNumber() + ", " + notInvoiced.getMessage());
        }
        long notes = entity.remedies().stream().filter(r -> r.remedy() == Remedy.REFUND)
                .map(CustomerReturn.RemedyDecision::document).distinct().count();
        List<CreditNote> issued = new ArrayList<>();
        for (RefundAllocation.Reversal reversal : reversals) {
            List<CreditNoteRequest.Line> reverse = new ArrayList<>();
            reversal.lines().forEach((lineNo, quantity) -> reverse.add(new CreditNoteRequest.Line(lineNo, quantity)));
            issued.add(credit.issue(new CreditNoteRequest(reversal.invoice(), reverse, false, "return "
                    + entity.number() + " (" + entity.rma() + ")", entity.number() + "/C" + (++notes)),
                    Actor.SYSTEM));
        }
        return issued;
    }

    private static void fixOne(ReturnEntity entity, int lineNo, Remedy remedy, BigDecimal quantity, String reason,
                               String document, boolean done, Actor actor, Instant now) {
        entity.fixRemedy(entity.nextRemedyId(), new CustomerReturn.RemedyDecision(lineNo, remedy, quantity, reason,
                document, done, actor.name(), now));
    }

    /**
     * The remedies of this kind carried out by {@code document} are done (a replacement order delivered, a credit
     * note's money paid back); the returns they belong to move on, and close when every line is done.
     */
    void done(EntityManager em, Remedy remedy, String document, Instant now) {
        for (ReturnEntity entity : ReturnQueries.byRemedyDocument(em, document)) {
            if (entity.remedyDone(remedy, document)) {
                audit.record(AfterSalesDatabase.connection(em), new AuditRecord(now, Actor.SYSTEM.name(), null,
                        remedy == Remedy.EXCHANGE ? "RETURN_EXCHANGE_DONE" : "RETURN_REFUND_DONE", entity.number(),
                        null, document));
                if (remedy == Remedy.REFUND) {
                    outbox.append(AfterSalesDatabase.connection(em), entity.number(), now,
                            new Refunded(entity.orderNumber(), entity.rma(), document));
                }
                settled(em, entity, now);
            }
        }
    }

    /** Moves the return on from its lines; announces the closing. */
    void settled(EntityManager em, ReturnEntity entity, Instant now) {
        Connection connection = AfterSalesDatabase.connection(em);
        ReturnStatus before = entity.status();
        entity.advance();
        if (entity.status() == ReturnStatus.CLOSED && before != ReturnStatus.CLOSED) {
            audit.record(connection, new AuditRecord(now, Actor.SYSTEM.name(), null, "RETURN_CLOSED",
                    entity.number(), null, "every line back, inspected and its remedy done"));
            outbox.append(connection, entity.number(), now, new ReturnClosed(entity.orderNumber(), entity.rma()));
        }
    }
}
