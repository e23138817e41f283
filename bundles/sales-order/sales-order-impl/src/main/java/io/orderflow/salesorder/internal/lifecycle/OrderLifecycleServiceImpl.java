package io.orderflow.salesorder.internal.lifecycle;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.OrderLifecycleService;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.event.HoldReleased;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderHeld;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.OrderStateMachine;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = OrderLifecycleService.class)
public final class OrderLifecycleServiceImpl implements OrderLifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLifecycleServiceImpl.class);
    private static final int MAX_REASON = 1000;

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    @Activate
    public OrderLifecycleServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                     @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                     @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                     @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
    }

    @Override
    public SalesOrder cancel(String number, String reason, Actor actor) {
        actor.requireRole("cancelling an order", Roles.SALES_MANAGER);
        String why = required(reason);
        return change(number, Move.CANCEL, actor, (order, now) -> {
            order.requireNotReplacement("cancelling");
            OrderStatus previous = order.status();
            order.moveTo(OrderStatus.CANCELLED, why, now);
            return new Outcome("ORDER_CANCELLED", why, new OrderCancelled(why, actor.name(), previous));
        });
    }

    @Override
    public SalesOrder hold(String number, String reason, Actor actor) {
        actor.requireRole("holding an order", Roles.SALES_MANAGER);
        String why = required(reason);
        return change(number, Move.HOLD, actor, (order, now) -> {
            OrderStatus previous = order.status();
            order.hold(why, now);
            return new Outcome("ORDER_HELD", why, new OrderHeld(why, actor.name(), previous));
        });
    }

    @Override
    public SalesOrder release(String number, Actor actor) {
        actor.requireRole("releasing an order", Roles.SALES_MANAGER);
        return change(number, Move.RELEASE, actor, (order, now) -> {
            OrderStatus back = order.release(now);
            return new Outcome("ORDER_RELEASED", null, new HoldReleased(actor.name(), back));
        });
    }

    /** The audit action, reason and event of a change. */
    private record Outcome(String auditAction, String reason, EventPayload event) {
    }

    @FunctionalInterface
    private interface Change {
        Outcome apply(SalesOrderEntity order, Instant now);
    }

    private SalesOrder change(String number, Move move, Actor actor, Change change) {
        SalesOrder changed = db.tx(em -> {
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, number);
            OrderStateMachine.require(move, order.status(), order.isDispatched());
            Instant now = clock.now();
            OrderStatus before = order.status();
            Outcome outcome = change.apply(order, now);
            em.flush();
            Connection tx = SalesOrderDatabase.connection(em);
            outbox.append(tx, number, now, outcome.event());
            audit.record(tx, new AuditRecord(now, actor.name(), actor.actingRole(Roles.SALES_MANAGER),
                    outcome.auditAction(), number, outcome.reason(), before + " -> " + order.status()));
            return order.toRecord();
        });
        LOG.info("Sales order {}: {} by {}; now {}", number, move, actor.name(), changed.status());
        return changed;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "is required");
        }
        if (reason.length() > MAX_REASON) {
            throw new ValidationException("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
