package io.orderflow.salesorder.internal.change;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.ChangeDraft;
import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import io.orderflow.salesorder.api.ChangeRequest;
import io.orderflow.salesorder.api.ChangeStatus;
import io.orderflow.salesorder.api.OrderChangeService;
import io.orderflow.salesorder.api.OrderRevision;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.event.ChangeAnswered;
import io.orderflow.salesorder.api.event.ChangeRequested;
import io.orderflow.salesorder.api.event.OrderRevised;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.ChangeRules;
import io.orderflow.salesorder.internal.domain.OrderPayloads;
import io.orderflow.salesorder.internal.domain.OrderStateMachine;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.jpa.ChangeRequestEntity;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = {OrderChangeService.class, OrderChangeServiceImpl.class})
public final class OrderChangeServiceImpl implements OrderChangeService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderChangeServiceImpl.class);
    private static final int MAX_TEXT = 1000;

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    @Activate
    public OrderChangeServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                  @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                  @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
    }

    @Override
    public ChangeRequest request(String number, ChangeDraft draft, Actor actor) {
        actor.requireRole("requesting a change", Roles.SALES_REP, Roles.SALES_ASSISTANT);
        return db.tx(em -> {
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
            order.requireNotReplacement("changing");
            OrderStateMachine.require(Move.REVISE, order.status(), order.isDispatched());
            ChangeRules.CheckedChange change = ChangeRules.check(draft, order.lineNumbers(), clock.today());
            Instant now = clock.now();
            ChangeRequestEntity request = new ChangeRequestEntity(number, change.newDelivery(), change.lines(),
                    change.reason(), actor.name(), now);
            em.persist(request);
            em.flush();
            record(em, number, new ChangeRequested(request.id(), change.newDelivery(), change.lines().stream()
                    .map(line -> new ChangeRequested.Line(line.lineNo(), line.quantity(), line.specification()))
                    .toList(), change.reason()), actor,
                    actor.actingRole(Roles.SALES_REP, Roles.SALES_ASSISTANT), "CHANGE_REQUESTED", change.reason(),
                    "change " + request.id());
            return request.toRecord();
        });
    }

    @Override
    public ChangeRequest assess(String number, long changeId, boolean feasible, String projectedDelivery, String remark,
                                Actor actor) {
        actor.requireRole("assessing a change", Roles.PRODUCTION_PLANNER);
        LocalDate projected = projectedDate(feasible, projectedDelivery);
        requireShortText("remark", remark);
        return db.tx(em -> {
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
            OrderStateMachine.require(Move.REVISE, order.status(), order.isDispatched());
            return assessIn(em, changeOf(em, number, changeId, Set.of(ChangeStatus.REQUESTED)), feasible, projected,
                    remark, actor);
        });
    }

    /**
     * Production's scheduler answers, within the caller's transaction: only a request still waiting for an answer on
     * an order that can still be revised; otherwise (a planner answered first, the request was withdrawn, the order
     * closed) nothing happens and false says so.
     */
    public boolean assessIfAwaited(EntityManager em, String number, long changeId, boolean feasible,
                                   String projectedDelivery, String remark) {
        SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
        ChangeRequestEntity request = changeOf(em, number, changeId, EnumSet.allOf(ChangeStatus.class));
        if (request.status() != ChangeStatus.REQUESTED
                || !OrderStateMachine.allows(Move.REVISE, order.status(), order.isDispatched())) {
            return false;
        }
        assessIn(em, request, feasible, projectedDate(feasible, projectedDelivery), remark, Actor.SYSTEM);
        return true;
    }

    private ChangeRequest assessIn(EntityManager em, ChangeRequestEntity request, boolean feasible, LocalDate projected,
                                   String remark, Actor actor) {
        request.assess(feasible, projected, blankToNull(remark), actor.name(), clock.now());
        answered(em, request, remark, actor, actor.actingRole(Roles.PRODUCTION_PLANNER), "CHANGE_ASSESSED");
        return request.toRecord();
    }

    @Override
    public SalesOrder apply(String number, long changeId, Actor actor) {
        actor.requireRole("applying a change", Roles.SALES_REP, Roles.SALES_ASSISTANT);
        SalesOrder revised = db.tx(em -> {
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
            OrderStateMachine.require(Move.REVISE, order.status(), order.isDispatched());
            ChangeRequestEntity request = changeOf(em, number, changeId, Set.of(ChangeStatus.FEASIBLE));
            Instant now = clock.now();
            LocalDate delivery = request.projectedDelivery() != null ? request.projectedDelivery() : request.newDelivery();
            em.persist(order.revise(changeId, delivery, request.lineChanges(), now));
            request.applied(order.revision(), actor.name(), now);
            em.flush();
            SalesOrder after = order.toRecord();
            record(em, number, new OrderRevised(changeId, after.revision(), after.requestedDelivery(),
                    after.total().amount(), after.total().currency(), OrderPayloads.lines(after.lines())), actor,
                    actor.actingRole(Roles.SALES_REP, Roles.SALES_ASSISTANT), "ORDER_REVISED", null,
                    "revision " + after.revision() + " from change " + changeId + "; total " + after.total());
            return after;
        });
        LOG.info("Sales order {} revised to revision {} (change {})", number, revised.revision(), changeId);
        return revised;
    }

    @Override
    public ChangeRequest withdraw(String number, long changeId, String reason, Actor actor) {
        actor.requireRole("withdrawing a change", Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "is required");
        }
        requireShortText("reason", reason);
        return db.tx(em -> {
            OrderQueries.lockForUpdate(em, number);
            ChangeRequestEntity request = changeOf(em, number, changeId,
                    Set.of(ChangeStatus.REQUESTED, ChangeStatus.FEASIBLE, ChangeStatus.NOT_FEASIBLE));
            request.withdraw(reason.strip(), actor.name(), clock.now());
            answered(em, request, reason.strip(), actor,
                    actor.actingRole(Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER), "CHANGE_WITHDRAWN");
            return request.toRecord();
        });
    }

    @Override
    public List<ChangeRequest> changeRequests(String number) {
        return db.tx(em -> {
            OrderQueries.require(em, number);
            return OrderQueries.changeRequests(em, number).stream().map(ChangeRequestEntity::toRecord).toList();
        });
    }

    @Override
    public List<OrderRevision> revisions(String number) {
        return db.tx(em -> {
            SalesOrderEntity order = OrderQueries.require(em, number);
            List<OrderRevision> revisions = new ArrayList<>(OrderQueries.revisions(em, number));
            revisions.add(order.currentRevision());
            return revisions;
        });
    }

    private void answered(EntityManager em, ChangeRequestEntity request, String remark, Actor actor, String role,
                          String action) {
        em.flush();
        record(em, request.orderNumber(), new ChangeAnswered(request.id(), request.status(),
                request.projectedDelivery(), remark, actor.name()), actor, role, action, remark,
                "change " + request.id() + ": " + request.status());
    }

    private void record(EntityManager em, String number, EventPayload event, Actor actor, String role, String action,
                        String reason, String details) {
        Instant now = clock.now();
        Connection tx = SalesOrderDatabase.connection(em);
        outbox.append(tx, number, now, event);
        audit.record(tx, new AuditRecord(now, actor.name(), role, action, number, reason, details));
    }

    private static ChangeRequestEntity changeOf(EntityManager em, String number, long changeId, Set<ChangeStatus> allowed) {
        ChangeRequestEntity request = em.find(ChangeRequestEntity.class, changeId);
        if (request == null || !request.orderNumber().equals(number)) {
            throw new NotFoundException("order " + number + " has no change request " + changeId);
        }
        if (!allowed.contains(request.status())) {
            throw new ConflictException("change request " + changeId + " is " + request.status() + "; this needs it " + allowed);
        }
        return request;
    }

    private LocalDate projectedDate(boolean feasible, String text) {
        if (text == null || text.isBlank()) {
            if (feasible) {
                throw new ValidationException("projectedDelivery", "a feasible change needs the projected delivery date");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(clock.today())) {
                throw new ValidationException("projectedDelivery", "is in the past");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ValidationException("projectedDelivery", "must be a date like 2027-01-15");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Remarks and reasons are kept in columns of {@value #MAX_TEXT} characters. */
    private static void requireShortText(String field, String text) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw new ValidationException(field, "must be at most " + MAX_TEXT + " characters");
        }
    }
}
