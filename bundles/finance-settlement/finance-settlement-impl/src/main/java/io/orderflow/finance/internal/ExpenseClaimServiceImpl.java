package io.orderflow.finance.internal;

import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.ExpenseClaim.Status;
import io.orderflow.finance.api.ExpenseClaim.Step;
import io.orderflow.finance.api.ExpenseClaimDraft;
import io.orderflow.finance.api.ExpenseClaimService;
import io.orderflow.finance.api.ExpenseDecision;
import io.orderflow.finance.api.ExpenseDecision.Decision;
import io.orderflow.finance.api.event.ExpenseClaimApproved;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.ExpenseChain;
import io.orderflow.finance.internal.domain.ExpenseChain.ClaimLine;
import io.orderflow.finance.internal.jpa.ExpenseClaimEntity;
import io.orderflow.finance.internal.jpa.ExpenseReceiptEntity;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.rest.FileTypes;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expense claims (domain.md §5): filed by anyone on the staff, then decided by the claimant's manager, that manager's
 * manager (both as master data's organisation names them when the claim is filed), a {@code finance} user who is
 * none of those three, and the {@code president} when the approved total is above the supervisor's limit. The claim is
 * locked while a step decides, so two deciders never both decide one step. Every hop is audited in its transaction.
 */
@Component(service = ExpenseClaimService.class, configurationPid = ExpenseSettings.PID)
@Designate(ocd = ExpenseSettings.Config.class)
public final class ExpenseClaimServiceImpl implements ExpenseClaimService {

    private static final Logger LOG = LoggerFactory.getLogger(ExpenseClaimServiceImpl.class);
    /** Any business role files a claim; the first held (by name) is recorded. */
    private static final String[] STAFF = Roles.BUSINESS.stream().sorted().toArray(String[]::new);
    private static final String[] READERS = {Roles.FINANCE, Roles.CFO, Roles.PRESIDENT, Roles.AUDITOR};
    private static final int MAX_FILE_NAME = 200;

    private final FinanceDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;
    private final ExpenseSettings.Settings settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrganisationService organisation;

    @Activate
    public ExpenseClaimServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                                   @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                   @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                   @Reference NumberSequences sequences, @Reference BusinessClock clock,
                                   ExpenseSettings.Config config) {
        this.settings = ExpenseSettings.of(config);
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
    }

    /** For the tests, which run without a framework. */
    void bind(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public ExpenseClaim submit(ExpenseClaimDraft draft, Actor actor) {
        String role = actor.requireRole("filing an expense claim", STAFF);
        String currency = ExpenseChain.check(draft, clock.today());
        OrganisationService org = DepartmentUnavailableException.require(organisation, "master data");
        OrgMember claimant = org.find(actor.name()).filter(m -> m.manager() != null).orElseThrow(() ->
                new ConflictException("master data's organisation names no manager for " + actor.name() + ": an"
                        + " admin sets it (PUT /api/master-data/organisation/" + actor.name() + ") before "
                        + actor.name() + " files expense claims"));
        String manager = claimant.manager();
        String supervisor = org.find(manager).map(OrgMember::manager).orElseThrow(() -> new ConflictException(
                "master data's organisation names no manager for " + manager + ", the manager of " + actor.name()
                        + ", so the claim would have no supervisor: an admin sets it (PUT"
                        + " /api/master-data/organisation/" + manager + ")"));
        Instant now = clock.now();
        ExpenseClaim claim = db.tx(em -> {
            String number = sequences.next(FinanceDatabase.connection(em), "EXP", clock.today().getYear());
            ExpenseClaimEntity entity = new ExpenseClaimEntity(number, actor.name(), claimant.department(), manager,
                    supervisor, currency, draft.lines(), now);
            em.persist(entity);
            audit(em, entity, actor, role, "EXPENSE_CLAIM_SUBMITTED", null, lines(entity) + "; due with its manager "
                    + manager);
            return view(em, entity);
        });
        LOG.info("Expense claim {} of {} submitted: {} {}", claim.number(), actor.name(), claim.total(), currency);
        return claim;
    }

    @Override
    public ExpenseClaim resubmit(String number, ExpenseClaimDraft draft, Actor actor) {
        String currency = ExpenseChain.check(draft, clock.today());
        ExpenseClaim claim = db.tx(em -> {
            ExpenseClaimEntity entity = require(em, number);
            if (!entity.claimant().equals(actor.name())) {
                throw new ForbiddenException("only the claimant, " + entity.claimant() + ", corrects " + number);
            }
            if (entity.status() != Status.SENT_BACK) {
                throw new ConflictException(number + " is " + entity.status() + ": only a claim sent back is"
                        + " resubmitted");
            }
            if (!entity.currency().equals(currency)) {
                throw new ValidationException("lines[0].currency", "must stay " + entity.currency() + ", the"
                        + " claim's currency");
            }
            List<BigDecimal> amounts = draft.lines().stream().map(l -> CurrencyRules.entered(l.amount(), currency))
                    .toList();
            entity.replaceLines(draft.lines(), ExpenseChain.resubmitted(entity.claimLines(scale(entity)), amounts));
            entity.moveTo(Status.PENDING, entity.step());
            audit(em, entity, actor, actor.actingRole(STAFF), "EXPENSE_CLAIM_RESUBMITTED", null, lines(entity)
                    + "; due again with the step that sent it back, " + entity.step());
            return view(em, entity);
        });
        LOG.info("Expense claim {} resubmitted, due with {}", number, claim.step());
        return claim;
    }

    @Override
    public ExpenseClaim decide(String number, ExpenseDecision decision, Actor actor) {
        check(decision);
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        ExpenseClaim claim = db.tx(em -> {
            ExpenseClaimEntity entity = require(em, number);
            Step step = entity.step();
            String role = authorise(entity, actor);
            String details;
            if (decision.decision() == Decision.APPROVE) {
                BigDecimal before = entity.approvedTotal();
                entity.approve(ExpenseChain.sanction(entity.claimLines(scale(entity)), decision.lines(),
                        entity.currency()));
                Step next = settings.chain().next(step, entity.approvedTotal(), entity.currency());
                entity.moveTo(next == null ? Status.APPROVED : Status.PENDING, next);
                details = "step " + step + (next == null ? ", the last: approved" : " → " + next) + "; approved "
                        + entity.approvedTotal().setScale(scale(entity)).toPlainString() + " " + entity.currency()
                        + (entity.approvedTotal().compareTo(before) < 0 ? " (was " + before.setScale(scale(entity))
                        .toPlainString() + "): " + reductions(decision) : "");
            } else {
                entity.moveTo(decision.decision() == Decision.REJECT ? Status.REJECTED : Status.SENT_BACK, step);
                details = "step " + step + (decision.decision() == Decision.REJECT ? ": rejected"
                        : ": sent back to " + entity.claimant());
            }
            Instant now = clock.now();
            entity.record(new ExpenseClaim.Decided(step, decision.decision(), actor.name(), role, now, reason));
            String action = switch (entity.status()) {
                case PENDING -> "EXPENSE_CLAIM_STEP_APPROVED";
                case APPROVED -> "EXPENSE_CLAIM_APPROVED";
                case REJECTED -> "EXPENSE_CLAIM_REJECTED";
                case SENT_BACK -> "EXPENSE_CLAIM_SENT_BACK";
            };
            audit(em, entity, actor, role, action, reason, details);
            ExpenseClaim decided = view(em, entity);
            if (decided.status() == Status.APPROVED) {
                outbox.append(FinanceDatabase.connection(em), number, now, approved(decided));
            }
            return decided;
        });
        LOG.info("Expense claim {}: {} by {}, now {} {}", number, decision.decision(), actor.name(), claim.status(),
                claim.step() == null ? "" : claim.step());
        return claim;
    }

    @Override
    public ExpenseClaim.Receipt addReceipt(String number, String fileName, InputStream content, Actor actor) {
        String name = fileName(fileName);
        db.tx(em -> receiptsAllowed(em, number, actor)); // before the bytes are read: a refusal reads none
        byte[] bytes = readAtMost(content, settings.maxReceiptBytes());
        String type = FileTypes.sniff(bytes);
        if (type == null) {
            throw new ValidationException("file", "is not a JPEG, PNG or PDF file: its content shows none of them,"
                    + " whatever its name says");
        }
        ExpenseClaim.Receipt receipt = db.tx(em -> {
            ExpenseClaimEntity claim = receiptsAllowed(em, number, actor);
            ExpenseReceiptEntity kept = new ExpenseReceiptEntity(number, name, type, bytes, actor.name(),
                    clock.now());
            em.persist(kept);
            em.flush();
            audit(em, claim, actor, actor.actingRole(STAFF), "EXPENSE_RECEIPT_ADDED", null, name + ", " + type + ", "
                    + bytes.length + " bytes");
            return kept.toReceipt();
        });
        LOG.info("Expense claim {}: receipt {} added ({} bytes)", number, receipt.id(), receipt.size());
        return receipt;
    }

    @Override
    public ReceiptFile receipt(String number, long receiptId, Actor actor) {
        return db.tx(em -> {
            requireReader(require(em, number), actor);
            ExpenseReceiptEntity receipt = em.find(ExpenseReceiptEntity.class, receiptId);
            if (receipt == null || !receipt.claim().equals(number)) {
                throw new NotFoundException(number + " has no receipt " + receiptId);
            }
            return new ReceiptFile(receipt.fileName(), receipt.contentType(), receipt.content());
        });
    }

    @Override
    public Optional<ExpenseClaim> claim(String number, Actor actor) {
        return db.tx(em -> {
            ExpenseClaimEntity entity = number == null ? null : em.find(ExpenseClaimEntity.class, number);
            if (entity == null) {
                return Optional.empty();
            }
            requireReader(entity, actor);
            return Optional.of(view(em, entity));
        });
    }

    @Override
    public List<ExpenseClaim> mine(Actor actor) {
        return db.tx(em -> em.createQuery("select e from ExpenseClaimEntity e where e.claimant = :me order by"
                        + " e.number desc", ExpenseClaimEntity.class).setParameter("me", actor.name()).getResultList()
                .stream().map(e -> view(em, e)).toList());
    }

    @Override
    public List<ExpenseClaim> toDecide(Actor actor) {
        Set<String> roleSteps = new HashSet<>();
        if (actor.holds(Roles.FINANCE)) {
            roleSteps.add(Step.FINANCE.name());
        }
        if (actor.holds(Roles.PRESIDENT)) {
            roleSteps.add(Step.PRESIDENT.name());
        }
        roleSteps.add("-"); // never a step: keeps the list non-empty for IN
        return db.tx(em -> em.createQuery("select e from ExpenseClaimEntity e where e.status = :pending and"
                        + " (e.manager = :me or e.supervisor = :me or e.step in :steps) order by e.number",
                        ExpenseClaimEntity.class).setParameter("pending", Status.PENDING.name())
                .setParameter("me", actor.name()).setParameter("steps", roleSteps).getResultList().stream()
                .filter(e -> !e.claimant().equals(actor.name()) && decidable(e, actor).contains(e.step()))
                .map(e -> view(em, e)).toList());
    }

    /** The steps of this claim the actor decides when they are due; none for its claimant. */
    private static Set<Step> decidable(ExpenseClaimEntity claim, Actor actor) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        String me = actor.name();
        if (me.equals(claim.claimant())) {
            return steps;
        }
        if (me.equals(claim.manager())) {
            steps.add(Step.MANAGER);
        }
        if (me.equals(claim.supervisor())) {
            steps.add(Step.SUPERVISOR);
        }
        // the finance check is independent of the line managers who approved the claim
        if (actor.holds(Roles.FINANCE) && steps.isEmpty()) {
            steps.add(Step.FINANCE);
        }
        if (actor.holds(Roles.PRESIDENT)) {
            steps.add(Step.PRESIDENT);
        }
        return steps;
    }

    /** @return the role the actor decides the due step in */
    private static String authorise(ExpenseClaimEntity claim, Actor actor) {
        if (actor.name().equals(claim.claimant())) {
            throw new ForbiddenException("nobody decides their own expense claim: " + claim.number() + " is "
                    + actor.name() + "'s");
        }
        Set<Step> steps = decidable(claim, actor);
        if (steps.isEmpty()) {
            throw new ForbiddenException(claim.number() + " is decided by its manager " + claim.manager() + ", its"
                    + " supervisor " + claim.supervisor() + ", a finance user who is neither and the president");
        }
        if (claim.status() != Status.PENDING) {
            throw new ConflictException(claim.number() + " is " + claim.status() + ": no step is due");
        }
        if (claim.step() == Step.FINANCE && actor.holds(Roles.FINANCE) && !steps.contains(Step.FINANCE)) {
            throw new ForbiddenException("the finance check of " + claim.number() + " is made by a finance user who"
                    + " is not its manager or supervisor");
        }
        if (!steps.contains(claim.step())) {
            throw new ConflictException(claim.number() + " is due with its " + claim.step() + " step, not "
                    + steps.stream().map(Step::name).collect(Collectors.joining(" or ")));
        }
        return switch (claim.step()) {
            case MANAGER, SUPERVISOR -> actor.requireRole("deciding an expense claim", STAFF);
            case FINANCE -> Roles.FINANCE;
            case PRESIDENT -> Roles.PRESIDENT;
        };
    }

    private static void check(ExpenseDecision decision) {
        if (decision == null || decision.decision() == null) {
            throw new ValidationException("decision", "is required: APPROVE, REJECT or SEND_BACK");
        }
        Problems problems = new Problems();
        if (decision.decision() != Decision.APPROVE) {
            problems.requireText("reason", decision.reason());
            if (decision.lines() != null && !decision.lines().isEmpty()) {
                problems.add("lines", "only an approval sanctions lines at less");
            }
        }
        problems.limitLength("reason", decision.reason(), 500);
        problems.checkCharacters("reason", decision.reason(), true);
        problems.throwIfAny();
    }

    private static void requireReader(ExpenseClaimEntity claim, Actor actor) {
        String me = actor.name();
        if (!me.equals(claim.claimant()) && !me.equals(claim.manager()) && !me.equals(claim.supervisor())
                && actor.actingRole(READERS) == null) {
            throw new ForbiddenException(claim.number() + " is read by its claimant, manager and supervisor, finance,"
                    + " the CFO, the president and auditors");
        }
    }

    private ExpenseClaimEntity receiptsAllowed(EntityManager em, String number, Actor actor) {
        ExpenseClaimEntity claim = require(em, number);
        if (!claim.claimant().equals(actor.name())) {
            throw new ForbiddenException("only the claimant, " + claim.claimant() + ", adds receipts to " + number);
        }
        if (claim.status() != Status.PENDING && claim.status() != Status.SENT_BACK) {
            throw new ConflictException(number + " is " + claim.status() + ": receipts are added while it is"
                    + " pending or sent back");
        }
        long kept = em.createQuery("select count(r) from ExpenseReceiptEntity r where r.claim = :claim", Long.class)
                .setParameter("claim", number).getSingleResult();
        if (kept >= settings.maxReceipts()) {
            throw new ConflictException(number + " has " + kept + " receipts, the most a claim keeps");
        }
        return claim;
    }

    /** The file's own name (a path's last segment), checked. */
    private static String fileName(String fileName) {
        String name = fileName == null ? null : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1).strip();
        Problems problems = new Problems();
        if (problems.requireText("fileName", name)) {
            problems.limitLength("fileName", name, MAX_FILE_NAME);
            problems.checkCharacters("fileName", name, false);
        }
        problems.throwIfAny();
        return name;
    }

    /** The stream's bytes; refused once it holds more than {@code max}, without reading further. */
    private static byte[] readAtMost(InputStream content, int max) {
        if (content == null) {
            throw new ValidationException("file", "is empty");
        }
        try {
            byte[] bytes = content.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ValidationException("file", "is larger than the limit of " + max + " bytes");
            }
            if (bytes.length == 0) {
                throw new ValidationException("file", "is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read to its end: " + e.getMessage());
        }
    }

    private static ExpenseClaimEntity require(EntityManager em, String number) {
        ExpenseClaimEntity claim = ExpenseClaimEntity.lock(em, number);
        if (claim == null) {
            throw new NotFoundException("no expense claim " + number);
        }
        return claim;
    }

    private static int scale(ExpenseClaimEntity claim) {
        return CurrencyRules.scale(claim.currency());
    }

    private ExpenseClaim view(EntityManager em, ExpenseClaimEntity claim) {
        return claim.toClaim(scale(claim), settings.chain().presidentDecides(claim.approvedTotal(), claim.currency()),
                ExpenseReceiptEntity.receipts(em, claim.number()));
    }

    private ExpenseClaimApproved approved(ExpenseClaim claim) {
        return new ExpenseClaimApproved(claim.number(), claim.claimant(), claim.department(), claim.currency(),
                clock.today(), claim.approvedTotal(), claim.lines().stream().map(l -> new ExpenseClaimApproved.Line(
                l.lineNo(), l.date(), l.category().name(), l.description(), l.amount(), l.approvedAmount())).toList());
    }

    private static String lines(ExpenseClaimEntity claim) {
        List<String> shown = new ArrayList<>();
        for (ClaimLine line : claim.claimLines(scale(claim))) {
            shown.add("line " + line.lineNo() + " " + line.amount().toPlainString()
                    + (line.reduced() ? " (approved " + line.approved().toPlainString() + ")" : ""));
        }
        return String.join(", ", shown) + " " + claim.currency();
    }

    private static String reductions(ExpenseDecision decision) {
        return decision.lines().stream().map(l -> "line " + l.lineNo() + " at " + l.approvedAmount().toPlainString()
                + " (" + l.reason().strip() + ")").collect(Collectors.joining(", "));
    }

    private void audit(EntityManager em, ExpenseClaimEntity claim, Actor actor, String role, String action,
                       String reason, String details) {
        audit.record(FinanceDatabase.connection(em), new AuditRecord(clock.now(), actor.name(), role, action,
                claim.number(), reason, details));
    }
}
