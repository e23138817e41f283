package io.orderflow.finance.internal;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.OrderSettlement;
import io.orderflow.finance.api.Payment;
import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentGate;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.PaymentService;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.api.event.PaymentReversed;
import io.orderflow.finance.api.event.PaymentVerified;
import io.orderflow.finance.api.event.PaymentVerified.Allocated;
import io.orderflow.finance.api.event.PaymentVerified.OrderPaid;
import io.orderflow.finance.internal.domain.Allocation;
import io.orderflow.finance.internal.domain.AllocationPlan;
import io.orderflow.finance.internal.domain.Allocations;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.OpenItem;
import io.orderflow.finance.internal.domain.Receivables;
import io.orderflow.finance.internal.jpa.AllocationEmbeddable;
import io.orderflow.finance.internal.jpa.CreditNoteQueries;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.finance.internal.jpa.OrderAccountEntity;
import io.orderflow.finance.internal.jpa.PaymentEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.SalesOrderService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Payments (docs/business-rules.md §5): recorded by one {@code finance} user, verified by another, allocated to the
 * customer's orders and invoices in the payment's currency; what payments not verified yet allocated is reserved but
 * does not count. Also the gate production asks about an order's prepayment.
 */
@Component(service = {PaymentService.class, PaymentGate.class})
public final class PaymentServiceImpl implements PaymentService, PaymentGate {

    /** Allocations that take what is open on a document: those of payments not reversed. */
    private static final List<PaymentStatus> RESERVING = List.of(PaymentStatus.RECORDED, PaymentStatus.VERIFIED);

    private final FinanceDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;

    /** Asked about orders finance has not heard of yet: a replacement order needs no prepayment. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService salesOrders;

    @Activate
    public PaymentServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                              @Reference EventOutbox outbox, @Reference AuditTrail audit,
                              @Reference NumberSequences sequences, @Reference BusinessClock clock) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
    }

    /** For the tests, which run without a framework. */
    void bind(SalesOrderService salesOrders) {
        this.salesOrders = salesOrders;
    }

    @Override
    public Payment record(PaymentDraft draft, Actor actor) {
        String role = actor.requireRole("recording a payment", Roles.FINANCE);
        BigDecimal amount = checked(draft);
        Instant now = clock.now();
        return db.tx(em -> {
            String id = sequences.next(FinanceDatabase.connection(em), "PAY", clock.today().getYear());
            PaymentEntity payment = new PaymentEntity(id, draft.customerId().strip(), amount, draft.currency(),
                    draft.method(), draft.reference() == null ? null : draft.reference().strip(),
                    draft.receivedOn(), actor.name(), now);
            em.persist(payment);
            allocate(em, payment, draft.allocations() == null ? List.of() : draft.allocations());
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "PAYMENT_RECORDED",
                    id, null, payment.customerId() + " " + amount.toPlainString() + " " + payment.currency() + " "
                    + payment.method() + allocationsText(payment)));
            return toPayment(payment);
        });
    }

    @Override
    public Payment verify(String id, Actor actor) {
        String role = actor.requireRole("verifying a payment", Roles.FINANCE);
        Instant now = clock.now();
        return db.tx(em -> {
            PaymentEntity payment = found(em, id);
            MoneyChecks.verifiable("payment " + id, payment.status(), payment.recordedBy(), actor);
            payment.verify(actor.name(), now);
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "PAYMENT_VERIFIED",
                    id, null, payment.amount().toPlainString() + " " + payment.currency() + allocationsText(payment)));
            verified(em, payment, payment.allocations(), now);
            return toPayment(payment);
        });
    }

    @Override
    public Payment allocate(String id, List<AllocationRow> rows, Actor actor) {
        String role = actor.requireRole("allocating a payment", Roles.FINANCE);
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException("allocations", "name at least one order and amount");
        }
        Instant now = clock.now();
        return db.tx(em -> {
            PaymentEntity payment = found(em, id);
            if (payment.status() == PaymentStatus.REVERSED) {
                throw new ConflictException("payment " + id + " was reversed: its money is not there to allocate");
            }
            List<AllocationEmbeddable> added = allocate(em, payment, rows);
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "PAYMENT_ALLOCATED",
                    id, null, text(added)));
            if (payment.status() == PaymentStatus.VERIFIED) {
                verified(em, payment, added, now); // verified money reaches these orders now
            }
            return toPayment(payment);
        });
    }

    @Override
    public Payment reverse(String id, String reason, Actor actor) {
        String role = actor.requireRole("reversing a payment", Roles.FINANCE);
        Problems problems = new Problems();
        if (problems.requireText("reason", reason)) {
            problems.limitLength("reason", reason, 500);
            problems.checkCharacters("reason", reason, true);
        }
        problems.throwIfAny();
        Instant now = clock.now();
        return db.tx(em -> {
            PaymentEntity payment = found(em, id);
            if (payment.status() != PaymentStatus.VERIFIED) {
                throw new ConflictException("payment " + id + " is " + payment.status() + "; only a VERIFIED one is"
                        + " reversed");
            }
            payment.reverse(actor.name(), now, reason.strip());
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "PAYMENT_REVERSED",
                    id, reason.strip(), payment.amount().toPlainString() + " " + payment.currency()
                    + allocationsText(payment)));
            append(em, payment, now, new PaymentReversed(payment.id(), payment.customerId(), payment.currency(),
                    inScale(payment.amount(), payment.currency()), reason.strip(), allocated(payment.allocations(),
                    payment.currency()), ordersPaid(em, payment.allocations())));
            return toPayment(payment);
        });
    }

    @Override
    public Optional<Payment> payment(String id) {
        return db.tx(em -> Optional.ofNullable(id == null ? null : em.find(PaymentEntity.class, id))
                .map(this::toPayment));
    }

    @Override
    public List<Payment> payments(String customerId) {
        return db.tx(em -> FinanceQueries.payments(em, customerId).stream().map(this::toPayment).toList());
    }

    @Override
    public Optional<OrderSettlement> settlement(String orderNumber) {
        Optional<OrderSettlement> known = db.tx(em -> Optional.ofNullable(orderNumber == null ? null
                : em.find(OrderAccountEntity.class, orderNumber)).map(account -> settlement(em, account)));
        return known.isPresent() ? known : replacementNotHeardOf(orderNumber);
    }

    /**
     * A replacement order whose confirmation has not reached finance yet, as sales has it: nothing is asked of it, so
     * production, which would ask again only when a payment for it is verified, never holds it back.
     */
    private Optional<OrderSettlement> replacementNotHeardOf(String orderNumber) {
        SalesOrderService sales = salesOrders;
        if (orderNumber == null || sales == null) {
            return Optional.empty();
        }
        return sales.find(orderNumber).filter(order -> order.replacementFor() != null).map(order -> {
            BigDecimal zero = inScale(BigDecimal.ZERO, order.total().currency());
            return new OrderSettlement(order.number(), order.customerId(), order.total().currency(),
                    order.paymentTerms(), zero, zero, zero, zero, zero, zero, true);
        });
    }

    private OrderSettlement settlement(EntityManager em, OrderAccountEntity account) {
        String currency = account.currency();
        List<InvoiceEntity> invoices = FinanceQueries.invoices(em, account.orderNumber());
        BigDecimal paid = inScale(paidTo(em, account.orderNumber(), invoices, PaymentStatus.VERIFIED), currency);
        BigDecimal pending = inScale(paidTo(em, account.orderNumber(), invoices, PaymentStatus.RECORDED), currency);
        BigDecimal total = inScale(account.total(), currency);
        BigDecimal due = inScale(account.prepaymentDue(), currency);
        BigDecimal invoiced = inScale(invoices.stream().map(i -> i.total().subtract(CreditNoteQueries.issued(em,
                i.number()))).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
        return new OrderSettlement(account.orderNumber(), account.customerId(), currency, account.paymentTerms(), total,
                due, invoiced, paid, pending, total.subtract(inScale(credited(em, invoices), currency)).subtract(paid),
                paid.compareTo(due) >= 0);
    }

    /** What payments in {@code status} allocated to an order and, directly, to its invoices: all of it is its money. */
    private static BigDecimal paidTo(EntityManager em, String orderNumber, List<InvoiceEntity> invoices,
                                     PaymentStatus status) {
        return invoices.stream().map(i -> FinanceQueries.allocatedTo(em, i.number(), List.of(status)))
                .reduce(FinanceQueries.allocatedTo(em, orderNumber, List.of(status)), BigDecimal::add);
    }

    /** The draft's problems, each named; answers the amount in its currency's scale. */
    private BigDecimal checked(PaymentDraft draft) {
        Problems problems = new Problems();
        BigDecimal amount = MoneyChecks.checked(problems, draft.customerId(), draft.amount(), draft.currency(),
                draft.method(), draft.reference(), "receivedOn", draft.receivedOn(), clock.today());
        problems.throwIfAny();
        return amount;
    }

    /** Checks and adds {@code rows} to the payment's allocations; answers them as added. */
    private List<AllocationEmbeddable> allocate(EntityManager em, PaymentEntity payment, List<AllocationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, OpenItem> open = new HashMap<>();
        // accounts locked in one order, so that two payments to the same orders never wait for each other in a circle
        rows.stream().map(AllocationRow::document).filter(d -> d != null).distinct().sorted().forEach(document -> {
            OrderAccountEntity account = FinanceQueries.lockAccount(em, document);
            if (account != null && !account.cancelled() && account.customerId().equals(payment.customerId())) {
                // what its invoices were paid directly counts against the order too: no order is paid twice
                BigDecimal taken = FinanceQueries.allocatedTo(em, document, RESERVING).add(
                        FinanceQueries.invoices(em, document).stream().map(i -> FinanceQueries.allocatedTo(em,
                                i.number(), RESERVING)).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .add(credited(em, FinanceQueries.invoices(em, document)));
                open.put(document, new OpenItem(document, account.currency(), inScale(account.total()
                        .subtract(taken).max(BigDecimal.ZERO), account.currency()), account.confirmedOn()));
                return;
            }
            InvoiceEntity invoice = FinanceQueries.lockInvoice(em, document);
            if (invoice != null && invoice.customerId().equals(payment.customerId())) {
                open.put(document, new OpenItem(document, invoice.currency(), inScale(invoiceOpen(em, invoice),
                        invoice.currency()), invoice.dueOn()));
            }
        });
        AllocationPlan plan = Allocations.requested(payment.amount().subtract(payment.allocated()),
                payment.currency(), rows.stream().map(r -> new Allocation(r.document(), r.amount())).toList(), open);
        List<AllocationEmbeddable> added = new ArrayList<>();
        for (Allocation row : plan.rows()) {
            payment.allocate(row.document(), row.amount());
            added.add(new AllocationEmbeddable(row.document(), row.amount()));
        }
        return added;
    }

    /** What is still open on an invoice, counting the payments not reversed (verified or not yet). */
    private static BigDecimal invoiceOpen(EntityManager em, InvoiceEntity invoice) {
        List<Receivables.Invoiced> invoices = FinanceQueries.invoices(em, invoice.orderNumber()).stream()
                .map(i -> new Receivables.Invoiced(i.number(), i.orderNumber(), i.issuedOn(), i.total(),
                        FinanceQueries.allocatedTo(em, i.number(), RESERVING).add(CreditNoteQueries.credited(em,
                                i.number())))).toList();
        return Receivables.open(invoices, Map.of(invoice.orderNumber(), FinanceQueries.allocatedTo(em,
                invoice.orderNumber(), RESERVING))).get(invoice.number());
    }

    /** What the credit notes of {@code invoices} take off what is owed on them, less what refunds paid out. */
    private static BigDecimal credited(EntityManager em, List<InvoiceEntity> invoices) {
        return invoices.stream().map(i -> CreditNoteQueries.credited(em, i.number())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Verified money reached the orders of {@code rows}: production learns which are prepaid now. */
    private void verified(EntityManager em, PaymentEntity payment, List<AllocationEmbeddable> rows, Instant now) {
        append(em, payment, now, new PaymentVerified(payment.id(), payment.customerId(), payment.currency(),
                inScale(payment.amount(), payment.currency()), clock.dateOf(now), allocated(rows,
                payment.currency()), ordersPaid(em, rows)));
    }

    private void append(EntityManager em, PaymentEntity payment, Instant now, EventPayload event) {
        outbox.append(FinanceDatabase.connection(em), payment.id(), now, event);
    }

    /** Each order among {@code rows} as it stands now (the queries see this transaction's changes). */
    private List<OrderPaid> ordersPaid(EntityManager em, List<AllocationEmbeddable> rows) {
        return rows.stream().map(AllocationEmbeddable::document).sorted()
                .map(document -> em.find(OrderAccountEntity.class, document)).filter(a -> a != null)
                .map(account -> settlement(em, account))
                .map(s -> new OrderPaid(s.orderNumber(), s.prepaymentDue(), s.paid(), s.prepaid())).toList();
    }

    private static List<Allocated> allocated(List<AllocationEmbeddable> rows, String currency) {
        return rows.stream().sorted(Comparator.comparing(AllocationEmbeddable::document))
                .map(a -> new Allocated(a.document(), inScale(a.amount(), currency))).toList();
    }

    private static PaymentEntity found(EntityManager em, String id) {
        PaymentEntity payment = id == null ? null : FinanceQueries.lockPayment(em, id);
        if (payment == null) {
            throw new NotFoundException("no payment " + id);
        }
        return payment;
    }

    private Payment toPayment(PaymentEntity p) {
        String currency = p.currency();
        List<AllocationRow> rows = p.allocations().stream().sorted(Comparator.comparing(AllocationEmbeddable::document))
                .map(a -> new AllocationRow(a.document(), inScale(a.amount(), currency))).toList();
        return new Payment(p.id(), p.customerId(), inScale(p.amount(), currency), currency, p.method(), p.reference(),
                p.receivedOn(), p.status(), rows, inScale(p.amount().subtract(p.allocated()), currency),
                p.recordedBy(), p.recordedAt(), p.verifiedBy(), p.verifiedAt(), p.reversal());
    }

    /** A stored amount (DECIMAL(19,4)) in its currency's scale: it was kept no more exact than that. */
    private static BigDecimal inScale(BigDecimal stored, String currency) {
        return CurrencyRules.entered(stored.stripTrailingZeros(), currency);
    }

    private static String allocationsText(PaymentEntity payment) {
        return payment.allocations().isEmpty() ? "" : "; " + text(payment.allocations());
    }

    private static String text(List<AllocationEmbeddable> rows) {
        return String.join(", ", rows.stream().map(a -> a.document() + " " + a.amount().stripTrailingZeros()
                .toPlainString()).toList());
    }
}
