package io.orderflow.salesorder.internal.payment;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.PrepaymentService;
import io.orderflow.salesorder.api.PrepaymentStatus;
import io.orderflow.salesorder.api.event.PrepaymentRecorded;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.Credit;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.PrepaymentEntity;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Prepayments as sales knows them until finance keeps them: recorded by finance on the order, compared with the
 * share the order requires before production. Ranked 0, so that finance's own service takes its place.
 */
@Component(service = {PrepaymentService.class, PrepaymentServiceImpl.class},
        property = Constants.SERVICE_RANKING + ":Integer=0", configurationPid = "orderflow.sales-order.prepayment")
@Designate(ocd = PrepaymentServiceImpl.Config.class)
public final class PrepaymentServiceImpl implements PrepaymentService {

    @ObjectClassDefinition(name = "Orderflow prepayments", description = "The prepayment custom orders require")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "100", description = "Percent of a custom order to be paid before production")
        int customOrderPercent() default 30;
    }

    private static final Set<OrderStatus> CLOSED = Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED);

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private volatile int customOrderPercent;

    @Activate
    public PrepaymentServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                 @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                 @Reference EventOutbox outbox, @Reference AuditTrail audit, Config config,
                                 @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.customOrderPercent = checked(config);
    }

    @Modified
    void modified(Config config) {
        customOrderPercent = checked(config);
    }

    private static int checked(Config config) {
        if (config.customOrderPercent() < 0 || config.customOrderPercent() > 100) {
            throw new InvalidConfigurationException("orderflow.sales-order.prepayment", "customOrderPercent",
                    "must be 0-100");
        }
        return config.customOrderPercent();
    }

    @Override
    public PrepaymentStatus status(String orderNumber) {
        return db.tx(em -> status(em, OrderQueries.require(em, orderNumber)));
    }

    /** The share of an order to be paid before production: sales' rule, whoever keeps the payments. */
    public int requiredPercent(SalesOrderEntity order) {
        return Credit.requiredPrepaymentPercent(order.paymentTerms(), order.custom(), customOrderPercent);
    }

    private PrepaymentStatus status(EntityManager em, SalesOrderEntity order) {
        int percent = requiredPercent(order);
        Money total = order.total();
        Money required = total.times(BigDecimal.valueOf(percent).movePointLeft(2)).roundedToMinorUnit();
        Money received = OrderQueries.prepaymentsOf(em, order.number(), total.currency());
        return new PrepaymentStatus(order.number(), percent, required, received, received.compareTo(required) >= 0);
    }

    /** Finance records a payment received before production; answers the order's prepayment status after it. */
    public PrepaymentStatus record(String orderNumber, Money amount, String reference, Actor actor) {
        actor.requireRole("recording a prepayment", Roles.FINANCE);
        if (amount.amount().signum() <= 0) {
            throw new ValidationException("amount.amount", "must be greater than 0");
        }
        BigDecimal paid = amount.amount().stripTrailingZeros();
        if (paid.scale() > 2 || paid.precision() - paid.scale() > 15) {
            throw new ValidationException("amount.amount", "must have at most 2 decimals and be less than 10^15");
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new ValidationException("reference", "is required (the bank or receipt reference), at most 100 characters");
        }
        return db.tx(em -> {
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, orderNumber);
            if (CLOSED.contains(order.status())) {
                throw new ConflictException("order " + orderNumber + " is " + order.status() + "; no payment is taken on it");
            }
            if (!amount.currency().equals(order.total().currency())) {
                throw new ValidationException("amount.currency", "must be " + order.total().currency() + ", the order's currency");
            }
            Instant now = clock.now();
            em.persist(new PrepaymentEntity(orderNumber, amount.amount(), amount.currency(), reference.strip(), now, actor.name()));
            em.flush();
            PrepaymentStatus status = status(em, order);
            Connection tx = SalesOrderDatabase.connection(em);
            outbox.append(tx, orderNumber, now, new PrepaymentRecorded(amount.amount(), amount.currency(),
                    reference.strip(), status.received().amount(), status.satisfied()));
            audit.record(tx, new AuditRecord(now, actor.name(), actor.actingRole(Roles.FINANCE), "PREPAYMENT_RECORDED",
                    orderNumber, null, amount + ", reference " + reference.strip() + "; received " + status.received()
                    + " of " + status.required() + " required"));
            return status;
        });
    }
}
