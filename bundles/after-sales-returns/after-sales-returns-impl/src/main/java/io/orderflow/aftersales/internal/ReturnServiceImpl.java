package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Disposition;
import io.orderflow.aftersales.api.EvidenceFile;
import io.orderflow.aftersales.api.InspectionDraft;
import io.orderflow.aftersales.api.ReceiptDraft;
import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.RemedyDraft;
import io.orderflow.aftersales.api.ReturnDraft;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.ReviewDecision;
import io.orderflow.aftersales.api.Satisfaction;
import io.orderflow.aftersales.api.UnmatchedReceipt;
import io.orderflow.aftersales.api.event.ReturnAuthorized;
import io.orderflow.aftersales.api.event.ReturnInspected;
import io.orderflow.aftersales.api.event.ReturnReceived;
import io.orderflow.aftersales.api.event.ReturnRejected;
import io.orderflow.aftersales.api.event.ReturnRequested;
import io.orderflow.aftersales.internal.domain.LineQuantities;
import io.orderflow.aftersales.internal.jpa.EvidenceContentEntity;
import io.orderflow.aftersales.internal.jpa.ReturnEntity;
import io.orderflow.aftersales.internal.jpa.ReturnLineEmbeddable;
import io.orderflow.aftersales.internal.jpa.ReturnQueries;
import io.orderflow.aftersales.internal.jpa.ShippedLines;
import io.orderflow.aftersales.internal.jpa.UnmatchedReceiptEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
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
import io.orderflow.production.api.ReworkRequest;
import io.orderflow.production.api.ReworkService;
import io.orderflow.warehouse.api.QuarantineMove;
import io.orderflow.warehouse.api.QuarantineService;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Customer returns (docs/business-rules.md §9) from the report to inspection; the remedies are {@link Remedies}'.
 * Stock moves and rework orders are asked of the warehouse and production inside the return's transaction, under
 * keys of the return's (the RMA, the receipt, the finding), so that a step repeated after a failure finds them done
 * and does not do them twice.
 */
@Component(service = ReturnService.class, configurationPid = ReturnSettings.PID)
@Designate(ocd = ReturnSettings.Config.class)
public final class ReturnServiceImpl implements ReturnService {

    private static final Set<ReturnStatus> RECEIVING = Set.of(ReturnStatus.AUTHORIZED, ReturnStatus.RECEIVED,
            ReturnStatus.INSPECTED, ReturnStatus.REMEDYING);

    private final AfterSalesDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;
    private final ReturnSettings.Settings settings;
    private final Remedies remedies;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile QuarantineService quarantine;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReworkService rework;

    @Activate
    public ReturnServiceImpl(@Reference(target = AfterSalesDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                             @Reference EventOutbox outbox, @Reference AuditTrail audit,
                             @Reference NumberSequences sequences, @Reference BusinessClock clock,
                             @Reference Remedies remedies, ReturnSettings.Config config) {
        this.settings = ReturnSettings.of(config);
        this.db = new AfterSalesDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
        this.remedies = remedies;
    }

    /** For tests outside OSGi: the departments this one calls, as the references would bind them. */
    void bind(QuarantineService quarantine, ReworkService rework) {
        this.quarantine = quarantine;
        this.rework = rework;
    }

    @Override
    public CustomerReturn request(ReturnDraft draft, Actor actor) {
        String role = actor.requireRole("recording a customer's return", Roles.SALES_REP);
        if (draft == null) {
            throw new ValidationException("body", "a return is required");
        }
        Problems problems = new Problems();
        problems.requireText("orderNumber", draft.orderNumber());
        if (draft.reason() == null) {
            problems.add("reason", "is required: QUALITY_DEFECT, TRANSIT_DAMAGE, WRONG_ITEM, NOT_WANTED or OTHER");
        }
        if (draft.remedy() == null || draft.remedy() == Remedy.NONE) {
            problems.add("remedy", "is required: EXCHANGE or REFUND, as the customer asks");
        }
        problems.checkCharacters("description", draft.description(), true);
        problems.limitLength("description", draft.description(), 2000);
        problems.throwIfAny();
        String order = draft.orderNumber().strip();
        Instant now = clock.now();
        return db.tx(em -> {
            ShippedLines.lock(em, order);
            Map<Integer, ShippedLines.Shipped> shipped = ShippedLines.shipped(em, order);
            if (shipped.isEmpty()) {
                throw new ValidationException("orderNumber", "order " + order + " has shipped nothing: goods come"
                        + " back only of a dispatched order");
            }
            Map<Integer, BigDecimal> returned = ReturnQueries.returnedOf(em, order);
            Map<Integer, BigDecimal> open = shipped.values().stream().collect(Collectors.toMap(
                    ShippedLines.Shipped::lineNo,
                    s -> s.quantity().subtract(returned.getOrDefault(s.lineNo(), BigDecimal.ZERO))));
            Problems lineProblems = new Problems();
            Map<Integer, BigDecimal> lines = LineQuantities.checked(lineProblems, draft.lines(),
                    ReturnDraft.Line::lineNo, ReturnDraft.Line::quantity, open,
                    "shipped and not returned already");
            lineProblems.throwIfAny();
            Connection connection = AfterSalesDatabase.connection(em);
            String number = sequences.next(connection, "RET", clock.today().getYear());
            String customer = shipped.values().iterator().next().customerId();
            if (customer == null) {
                throw new ConflictException("logistics did not name the customer of order " + order
                        + "'s shipments: the return cannot be recorded for it");
            }
            List<ReturnLineEmbeddable> rows = new ArrayList<>();
            List<ReturnRequested.Line> eventLines = new ArrayList<>();
            lines.forEach((lineNo, quantity) -> {
                String product = shipped.get(lineNo).productCode();
                rows.add(new ReturnLineEmbeddable(lineNo, product, quantity));
                eventLines.add(new ReturnRequested.Line(lineNo, product, quantity));
            });
            ReturnEntity entity = new ReturnEntity(number, order, customer, draft.reason(),
                    blankToNull(draft.description()), draft.remedy(), ShippedLines.deliveredOn(em, order)
                    .orElse(null), rows, actor.name(), now);
            em.persist(entity);
            audit.record(connection, new AuditRecord(now, actor.name(), role, "RETURN_REQUESTED", number, null,
                    "order " + order + ", " + draft.reason() + ", " + draft.remedy() + " asked, lines "
                    + lines.keySet()));
            outbox.append(connection, number, now, new ReturnRequested(order, customer, draft.reason(),
                    draft.remedy(), eventLines));
            return entity.toReturn();
        });
    }

    @Override
    public CustomerReturn addEvidence(String number, String filename, byte[] content, Actor actor) {
        String role = actor.requireRole("adding evidence to a return", Roles.SALES_REP);
        Problems problems = new Problems();
        if (problems.requireText("filename", filename)) {
            problems.checkCharacters("filename", filename, false);
            problems.limitLength("filename", filename, 200);
            if (filename.contains("/") || filename.contains("\\")) {
                problems.add("filename", "is a file's name, without folders");
            }
        }
        String type = content == null ? null : FileTypes.sniff(content);
        if (content == null || content.length == 0) {
            problems.add("file", "is required");
        } else if (content.length > settings.evidenceBytes()) {
            problems.add("file", "must be at most " + settings.evidenceBytes() + " bytes");
        } else if (type == null) {
            problems.add("file", "must be a JPEG, PNG or PDF file (by its content)");
        }
        problems.throwIfAny();
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = locked(em, number);
            if (entity.status() == ReturnStatus.REJECTED || entity.status() == ReturnStatus.CLOSED) {
                throw new ConflictException("return " + number + " is " + entity.status() + ": it takes no more"
                        + " evidence");
            }
            if (entity.evidenceCount() >= settings.evidenceFiles()) {
                throw new ConflictException("return " + number + " keeps " + settings.evidenceFiles()
                        + " evidence files already, the most it may");
            }
            int id = entity.evidenceCount() + 1;
            entity.addEvidence(new CustomerReturn.Evidence(id, filename.strip(), type, content.length, actor.name(),
                    now));
            em.flush(); // the description's row first: the content refers to it
            em.persist(new EvidenceContentEntity(number, id, content));
            audit.record(AfterSalesDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "RETURN_EVIDENCE_ADDED", number, null, filename.strip() + " (" + type + ", " + content.length
                    + " bytes)"));
            return entity.toReturn();
        });
    }

    @Override
    public Optional<EvidenceFile> evidence(String number, int id) {
        return db.tx(em -> {
            ReturnEntity entity = number == null ? null : em.find(ReturnEntity.class, number);
            EvidenceContentEntity content = entity == null ? null
                    : em.find(EvidenceContentEntity.class, new EvidenceContentEntity.Key(number, id));
            return content == null ? Optional.empty() : entity.toReturn().evidence().stream()
                    .filter(e -> e.id() == id).findFirst().map(e -> new EvidenceFile(e, content.content()));
        });
    }

    @Override
    public CustomerReturn decide(String number, ReviewDecision decision, Actor actor) {
        String role = actor.requireRole("reviewing a return", Roles.MARKETING_MANAGER, Roles.QUALITY);
        if (decision == null) {
            throw new ValidationException("body", "a decision is required");
        }
        Problems problems = new Problems();
        if (!decision.approve() && (decision.reason() == null || decision.reason().isBlank())) {
            problems.add("reason", "is required when rejecting: the customer is told it");
        }
        problems.checkCharacters("reason", decision.reason(), true);
        problems.limitLength("reason", decision.reason(), 500);
        problems.throwIfAny();
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = locked(em, number);
            if (entity.status() != ReturnStatus.REQUESTED) {
                throw new ConflictException("return " + number + " is " + entity.status() + ": its review is over");
            }
            List<CustomerReturn.Signature> signed = entity.signatures();
            String signing = reviewerRole(actor, signed, number);
            boolean quality = Roles.QUALITY.equals(signing);
            if (quality && decision.approve() && decision.companyQuality() == null) {
                throw new ValidationException("companyQuality", "is required from quality approving: whether the"
                        + " company's own quality is at fault");
            }
            if (!quality && decision.companyQuality() != null) {
                throw new ValidationException("companyQuality", "is quality's finding; a marketing manager leaves"
                        + " it out");
            }
            entity.sign(new CustomerReturn.Signature(signing, actor.name(), decision.approve(),
                    decision.companyQuality(), blankToNull(decision.reason()), now));
            Connection connection = AfterSalesDatabase.connection(em);
            audit.record(connection, new AuditRecord(now, actor.name(), role, decision.approve()
                    ? "RETURN_REVIEW_APPROVED" : "RETURN_REVIEW_REJECTED", number, blankToNull(decision.reason()),
                    "signed as " + signing + (decision.companyQuality() == null ? ""
                    : ", company quality at fault: " + decision.companyQuality())));
            if (!decision.approve()) {
                reject(em, entity, "rejected by the " + signing + ": " + decision.reason().strip(), actor, role, now);
            } else if (entity.signatures().size() == 2) {
                authorise(em, entity, actor, role, now);
            }
            return entity.toReturn();
        });
    }

    /** The role the actor signs in: the reviewer's role not signed yet. */
    private static String reviewerRole(Actor actor, List<CustomerReturn.Signature> signed, String number) {
        for (String role : List.of(Roles.MARKETING_MANAGER, Roles.QUALITY)) {
            boolean done = signed.stream().anyMatch(s -> s.role().equals(role));
            if (actor.holds(role) && !done) {
                if (signed.stream().anyMatch(s -> s.user().equals(actor.name()))) {
                    throw new ConflictException(actor.name() + " signed return " + number + " already: the other"
                            + " review needs another person");
                }
                return role;
            }
        }
        throw new ConflictException("return " + number + " has the " + String.join(" and ", signed.stream()
                .map(CustomerReturn.Signature::role).toList()) + " signature already");
    }

    private void authorise(EntityManager em, ReturnEntity entity, Actor actor, String role, Instant now) {
        boolean companyQuality = entity.signatures().stream()
                .anyMatch(s -> Boolean.TRUE.equals(s.companyQuality()));
        LocalDate delivered = entity.deliveredOn() == null ? clock.today() : entity.deliveredOn();
        Optional<String> refusal = settings.policy().refusal(entity.reason(), companyQuality, delivered,
                clock.today());
        if (refusal.isPresent()) {
            reject(em, entity, refusal.get(), actor, role, now);
            return;
        }
        Connection connection = AfterSalesDatabase.connection(em);
        String rma = sequences.next(connection, "RMA", clock.today().getYear());
        String notice = "Your return " + entity.number() + " of order " + entity.orderNumber() + " is authorised"
                + " under " + rma + ": please send the goods marked with this number.";
        entity.authorize(rma, notice, now);
        audit.record(connection, new AuditRecord(now, actor.name(), role, "RETURN_AUTHORIZED", entity.number(), null,
                rma + (companyQuality ? ", the company's quality at fault" : ", within the return policy")));
        outbox.append(connection, entity.number(), now, new ReturnAuthorized(entity.orderNumber(),
                entity.customerId(), rma, notice));
    }

    private void reject(EntityManager em, ReturnEntity entity, String reason, Actor actor, String role, Instant now) {
        String notice = "Your return " + entity.number() + " of order " + entity.orderNumber()
                + " is not accepted: " + reason + ".";
        entity.reject(notice);
        Connection connection = AfterSalesDatabase.connection(em);
        audit.record(connection, new AuditRecord(now, actor.name(), role, "RETURN_REJECTED", entity.number(),
                reason, null));
        outbox.append(connection, entity.number(), now, new ReturnRejected(entity.orderNumber(),
                entity.customerId(), reason));
    }

    @Override
    public CustomerReturn receive(String number, ReceiptDraft receipt, Actor actor) {
        String role = actor.requireRole("receiving returned goods", Roles.WAREHOUSE);
        if (receipt == null || receipt.warehouse() == null || receipt.warehouse().isBlank()) {
            throw new ValidationException("warehouse", "is required: the warehouse whose quarantine takes the goods");
        }
        String warehouse = receipt.warehouse().strip();
        QuarantineService stock = DepartmentUnavailableException.require(quarantine, "warehouse");
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = locked(em, number);
            if (!RECEIVING.contains(entity.status())) {
                throw new ConflictException("return " + number + " is " + entity.status() + ": goods come back"
                        + " only of an authorised return");
            }
            Problems problems = new Problems();
            Map<Integer, BigDecimal> lines = LineQuantities.checked(problems, receipt.lines(),
                    ReceiptDraft.Line::lineNo, ReceiptDraft.Line::quantity, open(entity, Step.RECEIVE),
                    "still to come back");
            problems.throwIfAny();
            int id = entity.nextReceiptId();
            List<ReturnReceived.Line> received = new ArrayList<>();
            lines.forEach((lineNo, quantity) -> {
                String product = entity.line(lineNo).orElseThrow().productCode();
                stock.receive(new QuarantineMove(warehouse, product, quantity, entity.rma() + "/R" + id + "/L"
                        + lineNo, "return " + number), actor);
                entity.receive(id, lineNo, warehouse, quantity, actor.name(), now);
                received.add(new ReturnReceived.Line(lineNo, product, quantity));
            });
            entity.advance();
            Connection connection = AfterSalesDatabase.connection(em);
            audit.record(connection, new AuditRecord(now, actor.name(), role, "RETURN_RECEIVED", number, null,
                    "receipt " + id + " into quarantine in " + warehouse + ": " + describe(lines)));
            outbox.append(connection, number, now, new ReturnReceived(entity.orderNumber(), entity.rma(), warehouse,
                    received));
            return entity.toReturn();
        });
    }

    @Override
    public UnmatchedReceipt receiveUnmatched(String warehouse, String productCode, BigDecimal quantity, String note,
                                             Actor actor) {
        String role = actor.requireRole("receiving goods without an RMA", Roles.WAREHOUSE);
        Problems problems = new Problems();
        problems.requireText("warehouse", warehouse);
        problems.requireText("productCode", productCode);
        if (quantity == null || quantity.signum() <= 0) {
            problems.add("quantity", "must be above 0");
        } else {
            problems.fitsAmountColumn("quantity", quantity);
        }
        problems.checkCharacters("note", note, true);
        problems.limitLength("note", note, 500);
        problems.throwIfAny();
        QuarantineService stock = DepartmentUnavailableException.require(quarantine, "warehouse");
        Instant now = clock.now();
        return db.tx(em -> {
            UnmatchedReceiptEntity entity = new UnmatchedReceiptEntity(warehouse.strip(), productCode.strip(),
                    quantity, blankToNull(note), actor.name(), now);
            em.persist(entity);
            em.flush();
            UnmatchedReceipt receipt = entity.toReceipt();
            stock.receive(new QuarantineMove(receipt.warehouse(), receipt.productCode(), quantity,
                    "UNMATCHED/" + receipt.id(), "arrived without an RMA"), actor);
            audit.record(AfterSalesDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "UNMATCHED_GOODS_RECEIVED", "UNMATCHED/" + receipt.id(), blankToNull(note),
                    describe(quantity) + " " + receipt.productCode() + " into quarantine in " + receipt.warehouse()));
            return receipt;
        });
    }

    @Override
    public CustomerReturn inspect(String number, InspectionDraft inspection, Actor actor) {
        String role = actor.requireRole("inspecting returned goods", Roles.QUALITY);
        if (inspection == null) {
            throw new ValidationException("body", "findings are required");
        }
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = locked(em, number);
            Problems problems = new Problems();
            Map<Integer, BigDecimal> open = open(entity, Step.INSPECT);
            LineQuantities.checked(problems, inspection.lines(), InspectionDraft.Line::lineNo,
                    InspectionDraft.Line::quantity, open, "received and not inspected");
            for (int i = 0; inspection.lines() != null && i < inspection.lines().size(); i++) {
                InspectionDraft.Line line = inspection.lines().get(i);
                if (line == null) {
                    continue;
                }
                if (line.cause() == null) {
                    problems.add("lines[" + i + "].cause", "is required: what inspection found");
                }
                if (line.disposition() == null) {
                    problems.add("lines[" + i + "].disposition", "is required: RESTOCK, REWORK or SCRAP");
                }
                if (line.disposition() == Disposition.SCRAP && (line.reason() == null || line.reason().isBlank())) {
                    problems.add("lines[" + i + "].reason", "is required for SCRAP: why it is written off");
                }
                problems.checkCharacters("lines[" + i + "].reason", line.reason(), true);
                // the warehouse and production keep 500: the return's number and the cause go before it
                problems.limitLength("lines[" + i + "].reason", line.reason(), 400);
            }
            problems.throwIfAny();
            ReworkService production = inspection.lines().stream().anyMatch(l -> l.disposition()
                    == Disposition.REWORK) ? DepartmentUnavailableException.require(rework, "production") : null;
            QuarantineService stock = DepartmentUnavailableException.require(quarantine, "warehouse");
            List<ReturnInspected.Finding> findings = new ArrayList<>();
            for (InspectionDraft.Line line : inspection.lines()) {
                int id = entity.nextInspectionId();
                ReturnLineEmbeddable returned = entity.line(line.lineNo()).orElseThrow();
                dispose(entity, returned.productCode(), id, line, stock, production, actor);
                entity.inspect(id, new CustomerReturn.Inspection(line.lineNo(), line.quantity(), line.cause(),
                        line.disposition(), blankToNull(line.reason()), actor.name(), now));
                findings.add(new ReturnInspected.Finding(line.lineNo(), returned.productCode(), line.quantity(),
                        line.cause(), line.disposition()));
            }
            entity.advance();
            Connection connection = AfterSalesDatabase.connection(em);
            audit.record(connection, new AuditRecord(now, actor.name(), role, "RETURN_INSPECTED", number, null,
                    findings.stream().map(f -> "line " + f.lineNo() + " " + describe(f.quantity()) + " " + f.cause()
                            + " → " + f.disposition()).collect(Collectors.joining(", "))));
            outbox.append(connection, number, now, new ReturnInspected(entity.orderNumber(), entity.rma(),
                    findings));
            return entity.toReturn();
        });
    }

    /**
     * The disposition's stock move (or rework order), keyed by the finding: taken from the warehouses the line's goods
     * were received into, in the order they came.
     */
    private static void dispose(ReturnEntity entity, String product, int findingId, InspectionDraft.Line line,
                                QuarantineService stock, ReworkService production, Actor actor) {
        String key = entity.rma() + "/I" + findingId;
        String why = "return " + entity.number() + ", " + line.cause()
                + (line.reason() == null || line.reason().isBlank() ? "" : ": " + line.reason().strip());
        BigDecimal left = line.quantity();
        for (Map.Entry<String, BigDecimal> held : stillHeld(entity, line.lineNo()).entrySet()) {
            BigDecimal part = left.min(held.getValue());
            if (part.signum() <= 0) {
                continue;
            }
            QuarantineMove move = new QuarantineMove(held.getKey(), product, part, key + "/" + held.getKey(), why);
            if (line.disposition() == Disposition.RESTOCK) {
                stock.release(move, actor);
            } else {
                stock.issue(move, actor); // scrapped, or handed to production for rework
            }
            left = left.subtract(part);
        }
        if (line.disposition() == Disposition.REWORK) {
            production.rework(new ReworkRequest(product, line.quantity(), entity.number() + "/L" + line.lineNo() + "/I"
                    + findingId, why), actor);
        }
    }

    /**
     * What each warehouse the line's goods came into still holds of them: earlier findings took theirs from the
     * warehouses in the order the goods came, as {@link #dispose} does.
     */
    static Map<String, BigDecimal> stillHeld(ReturnEntity entity, int lineNo) {
        Map<String, BigDecimal> held = new LinkedHashMap<>(entity.receivedInto(lineNo));
        BigDecimal taken = entity.inspections().stream().filter(i -> i.lineNo() == lineNo)
                .map(CustomerReturn.Inspection::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Map.Entry<String, BigDecimal> warehouse : held.entrySet()) {
            BigDecimal part = taken.min(warehouse.getValue());
            warehouse.setValue(warehouse.getValue().subtract(part));
            taken = taken.subtract(part);
        }
        return held;
    }

    @Override
    public CustomerReturn fixRemedies(String number, RemedyDraft draft, Actor actor) {
        return remedies.fix(number, draft, actor);
    }

    @Override
    public CustomerReturn closeShort(String number, String reason, Actor actor) {
        String role = actor.requireRole("closing what will not come back", Roles.SALES_DIRECTOR);
        Problems problems = new Problems();
        if (problems.requireText("reason", reason)) {
            problems.checkCharacters("reason", reason, true);
            problems.limitLength("reason", reason, 500);
        }
        problems.throwIfAny();
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = locked(em, number);
            if (!RECEIVING.contains(entity.status())) {
                throw new ConflictException("return " + number + " is " + entity.status() + ": only an authorised"
                        + " return waits for goods");
            }
            Map<Integer, BigDecimal> cut = entity.cutToReceived();
            if (cut.isEmpty()) {
                throw new ConflictException("return " + number + " has every good back: nothing to close short");
            }
            audit.record(AfterSalesDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "RETURN_CLOSED_SHORT", number, reason.strip(), "no longer expected: " + describe(cut)));
            remedies.settled(em, entity, now);
            return entity.toReturn();
        });
    }

    @Override
    public CustomerReturn recordSatisfaction(String number, int score, String comment, Actor actor) {
        String role = actor.requireRole("recording the customer's satisfaction", Roles.SALES_REP,
                Roles.SALES_DIRECTOR);
        Problems problems = new Problems();
        if (score < 1 || score > 5) {
            problems.add("score", "must be 1 (very unhappy) to 5 (very happy)");
        }
        problems.checkCharacters("comment", comment, true);
        problems.limitLength("comment", comment, 1000);
        problems.throwIfAny();
        Instant now = clock.now();
        return db.tx(em -> {
            ReturnEntity entity = locked(em, number);
            if (entity.hasSatisfaction()) {
                throw new ConflictException("return " + number + " has the customer's satisfaction already");
            }
            if (entity.progress().values().stream().allMatch(l -> l.done().signum() == 0)) {
                throw new ConflictException("return " + number + " has no remedy done yet: the customer is asked"
                        + " after the exchange or refund");
            }
            entity.satisfaction(new Satisfaction(score, blankToNull(comment), actor.name(), now));
            audit.record(AfterSalesDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "RETURN_SATISFACTION", number, null, score + "/5"));
            return entity.toReturn();
        });
    }

    @Override
    public Optional<CustomerReturn> find(String number) {
        return db.tx(em -> Optional.ofNullable(number == null ? null : em.find(ReturnEntity.class, number))
                .map(ReturnEntity::toReturn));
    }

    @Override
    public List<CustomerReturn> list(ReturnStatus status, int limit) {
        return db.tx(em -> ReturnQueries.list(em, status, Math.max(1, Math.min(limit, 500))).stream()
                .map(ReturnEntity::toReturn).toList());
    }

    @Override
    public List<CustomerReturn> overdueReceipts() {
        Instant before = clock.now().minus(Duration.ofDays(settings.receiptDays()));
        return db.tx(em -> ReturnQueries.awaitingGoods(em, before).stream().map(ReturnEntity::toReturn).toList());
    }

    @Override
    public List<UnmatchedReceipt> unmatched() {
        return db.tx(ReturnQueries::unmatched);
    }

    /** The steps whose open quantities a request is checked against. */
    enum Step { RECEIVE, INSPECT, REMEDY }

    static Map<Integer, BigDecimal> open(ReturnEntity entity, Step step) {
        return entity.progress().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> switch (step) {
            case RECEIVE -> e.getValue().toReceive();
            case INSPECT -> e.getValue().toInspect();
            case REMEDY -> e.getValue().toRemedy();
        }));
    }

    static ReturnEntity locked(EntityManager em, String number) {
        ReturnEntity entity = ReturnQueries.lock(em, number);
        if (entity == null) {
            throw new NotFoundException("no return " + number);
        }
        return entity;
    }

    static String describe(Map<Integer, BigDecimal> lines) {
        return lines.entrySet().stream().map(e -> "line " + e.getKey() + " " + describe(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String describe(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
