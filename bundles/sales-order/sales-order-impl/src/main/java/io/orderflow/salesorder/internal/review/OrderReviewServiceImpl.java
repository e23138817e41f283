package io.orderflow.salesorder.internal.review;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.ApprovalRule;
import io.orderflow.salesorder.api.Decision;
import io.orderflow.salesorder.api.OrderConfirmation;
import io.orderflow.salesorder.api.OrderReviewService;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.ReceivablesService;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.StepStatus;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderRejected;
import io.orderflow.salesorder.api.event.ReviewDecided;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.OrderPayloads;
import io.orderflow.salesorder.internal.domain.Credit;
import io.orderflow.salesorder.internal.domain.OrderStateMachine;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.domain.Review;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.sql.Connection;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decisions on the review steps, the credit check, and the confirmation of fully approved orders. */
@Component(service = OrderReviewService.class, configurationPid = "orderflow.sales-order.review")
@Designate(ocd = OrderReviewServiceImpl.Config.class)
public final class OrderReviewServiceImpl implements OrderReviewService {

    @ObjectClassDefinition(name = "Orderflow sales order review", description = "Who may decide on an order")
    public @interface Config {
        @AttributeDefinition(description = "Let the person who entered an order decide on its review steps")
        boolean allowSelfApproval() default false;

        @AttributeDefinition(description = "Let one person decide two steps of the same order's review (when they"
                + " hold both roles)")
        boolean allowSameDeciderTwice() default false;
    }

    private static final Logger LOG = LoggerFactory.getLogger(OrderReviewServiceImpl.class);
    private static final Set<OrderStatus> CONFIRMED_OR_LATER = EnumSet.of(OrderStatus.CONFIRMED,
            OrderStatus.IN_PRODUCTION, OrderStatus.AWAITING_SHIPMENT, OrderStatus.SHIPPED, OrderStatus.COMPLETED);
    private static final int MAX_REMARK = 1000;

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ApprovalMatrix matrix;
    private final CustomerService customers;
    private final BusinessClock clock;
    /** Finance's, held dynamically: without it no credit order passes the manager's step (503 naming finance). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReceivablesService receivables;
    private volatile boolean allowSelfApproval;
    private volatile boolean allowSameDeciderTwice;

    @Activate
    public OrderReviewServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                  @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                  @Reference ApprovalMatrix matrix, @Reference CustomerService customers, Config config, @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.matrix = matrix;
        this.customers = customers;
        modified(config);
    }

    /** Takes the setting in place, so that the REST endpoints using this service stay up. */
    @Modified
    void modified(Config config) {
        allowSelfApproval = config.allowSelfApproval();
        allowSameDeciderTwice = config.allowSameDeciderTwice();
    }

    @Override
    public SalesOrder decide(String number, Decision decision, String role, String remark, Actor actor) {
        if (!actor.holds(role)) {
            throw new ForbiddenException("you do not hold the role " + role);
        }
        String reason = remark == null || remark.isBlank() ? null : remark.strip();
        if (decision == Decision.REJECT && reason == null) {
            throw new ValidationException("remark", "a rejection needs the reason");
        }
        if (reason != null && reason.length() > MAX_REMARK) {
            throw new ValidationException("remark", "must be at most " + MAX_REMARK + " characters");
        }
        SalesOrder decided = db.tx(Retry.transientFailures(5),
                em -> decideIn(em, number, decision, role, reason, actor));
        LOG.info("Sales order {}: {} by {} as {}; now {}", number, decision, actor.name(), role, decided.status());
        return decided;
    }

    private SalesOrder decideIn(EntityManager em, String number, Decision decision, String role, String remark, Actor actor) {
        SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
        if (!allowSelfApproval && actor.name().equals(order.enteredBy())) {
            throw new ForbiddenException(actor.name() + " entered this order; someone else must decide on it");
        }
        if (order.status() != OrderStatus.PENDING_CONFIRMATION) {
            throw new ConflictException("order " + number + " is not under review: it is " + order.status());
        }
        if (!allowSameDeciderTwice) {
            // four eyes: each step of one order's review by another person, as for transfers
            order.stepDecidedBy(actor.name()).ifPresent(decided -> {
                throw new ForbiddenException(actor.name() + " decided step " + decided.stepNo() + " ("
                        + decided.rule() + ") of this order already; another person must decide the next step");
            });
        }
        Review.Step step = Review.dueStepOf(role, order.reviewSteps());
        List<String> flags = order.flagCodes();
        if (decision == Decision.APPROVE && remark == null && !flags.isEmpty()
                && step.stepNo() == order.reviewSteps().get(0).stepNo()) {
            // The initial check acts on what intake flagged (docs/business-rules.md §2.2): the approval says how.
            throw new ValidationException("remark", "the order carries intake flags " + flags
                    + "; approving it needs a remark saying how each was resolved");
        }
        Instant now = clock.now();
        Connection tx = SalesOrderDatabase.connection(em);
        if (decision == Decision.APPROVE && step.creditCheck()) {
            checkCredit(em, order);
        }
        order.recordDecision(step.stepNo(), decision == Decision.APPROVE ? StepStatus.APPROVED : StepStatus.REJECTED,
                actor.name(), now, remark);
        outbox.append(tx, number, now, new ReviewDecided(step.stepNo(), step.rule(), role, decision, actor.name(),
                remark));
        audit.record(tx, new AuditRecord(now, actor.name(), role, decision == Decision.APPROVE ? "ORDER_STEP_APPROVED"
                : "ORDER_REJECTED", number, remark, "step " + step.stepNo() + " (" + step.rule() + ")"));
        if (decision == Decision.REJECT) {
            OrderStateMachine.require(Move.REJECT, order.status());
            order.moveTo(OrderStatus.REJECTED, remark, now);
            outbox.append(tx, number, now, new OrderRejected(role, actor.name(), remark));
        } else if (Review.complete(order.reviewSteps())) {
            OrderStateMachine.require(Move.CONFIRM, order.status());
            if (order.reviewSteps().stream().anyMatch(Review.Step::creditCheck)) {
                // Other orders of the customer may have been confirmed since the manager's check.
                checkCredit(em, order);
            }
            order.confirm(now);
            em.flush();
            outbox.append(tx, number, now, confirmed(order));
            audit.record(tx, new AuditRecord(now, actor.name(), role, "ORDER_CONFIRMED", number, null,
                    "all " + order.reviewSteps().size() + " approval(s) given"));
        }
        em.flush();
        return order.toRecord();
    }

    /**
     * Locks sales' credit row of the customer, so that two orders of one customer are checked one after the other,
     * not both at once.
     */
    private void checkCredit(EntityManager em, SalesOrderEntity order) {
        CreditLocks.lock(db, em, order.customerId());
        Money limit = customer(order.customerId()).creditLimit();
        Money total = order.total();
        if (!limit.currency().equals(total.currency())) {
            throw new ConflictException("the credit limit of " + order.customerId() + " is in " + limit.currency()
                    + " and cannot be compared with an order in " + total.currency());
        }
        Money open = DepartmentUnavailableException.require(receivables, "finance settlement")
                .openReceivables(order.customerId(), total.currency(), OrderQueries.creditOrders(em,
                        order.customerId(), total.currency()));
        Credit.excess(open, total, limit, order.paymentTerms()).ifPresent(excess -> {
            throw new ConflictException("credit limit exceeded by " + excess.roundedToMinorUnit() + ": open receivables "
                    + open + " + this order " + total + " against a limit of " + limit);
        });
    }

    private OrderConfirmed confirmed(SalesOrderEntity order) {
        return OrderPayloads.confirmed(order.toRecord(), customer(order.customerId()).region(),
                Credit.prepaymentPercent(order.paymentTerms()));
    }

    /** The order's customer from master data; one that has been removed there cannot be reviewed. */
    private Customer customer(String id) {
        return customers.find(id).orElseThrow(() -> new ConflictException("the customer " + id
                + " is not in the master data (any more)"));
    }

    @Override
    public List<ApprovalRule> approvalMatrix() {
        return matrix.rules();
    }

    @Override
    public OrderConfirmation confirmation(String number) {
        return db.tx(em -> {
            SalesOrderEntity entity = OrderQueries.require(em, number);
            if (!CONFIRMED_OR_LATER.contains(entity.status())) {
                throw new ConflictException("order " + number + " is " + entity.status() + "; it has no confirmation yet");
            }
            SalesOrder o = entity.toRecord();
            return new OrderConfirmation(o.number(), o.revision(), o.customerId(), customer(o.customerId()).name(),
                    o.customerPo(), o.lines(), o.total(), o.requestedDelivery(), o.deliveryAddress(), o.paymentTerms(),
                    o.confirmedAt());
        });
    }
}
