package io.orderflow.salesorder.internal.replacement;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.ReplacementOrderService;
import io.orderflow.salesorder.api.ReplacementRequest;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.SalesOrderServiceImpl;
import io.orderflow.salesorder.internal.domain.AcceptedOrder;
import io.orderflow.salesorder.internal.domain.OrderPayloads;
import io.orderflow.salesorder.internal.domain.ReplacementRules;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replacement orders of approved exchanges: placed by after-sales as the sales director who approved the exchange,
 * confirmed at once without the review chain, then followed by the warehouse, production and logistics like any
 * confirmed order. One per RMA: the RMA is kept on the order under a unique key.
 */
@Component(service = ReplacementOrderService.class)
public final class ReplacementOrderServiceImpl implements ReplacementOrderService {

    private static final Logger LOG = LoggerFactory.getLogger(ReplacementOrderServiceImpl.class);
    private static final int MAX_ATTEMPTS = 5;

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final CustomerService customers;
    private final BusinessClock clock;

    /** What {@link #place} answers, and whether it made the order now. */
    private record Placed(SalesOrder order, boolean created) {
    }

    @Activate
    public ReplacementOrderServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                       @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                       @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                       @Reference NumberSequences sequences, @Reference CustomerService customers,
                                       @Reference BusinessClock clock) {
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public SalesOrder place(ReplacementRequest request, Actor actor) {
        if (!actor.holds(Roles.SALES_DIRECTOR)) {
            throw new ForbiddenException("placing a replacement order takes the role " + Roles.SALES_DIRECTOR);
        }
        ReplacementRules.check(request);
        String rma = request.rma().strip();
        // a concurrent call for the same RMA that committed first is answered with, as if ours came second
        Placed placed = db.tx(Retry.transientFailures(MAX_ATTEMPTS), em -> placeIn(em, request, rma, actor),
                () -> db.tx(em -> OrderQueries.byRma(em, rma))
                        .map(order -> new Placed(earlier(order.toRecord(), request), false))
                        .orElseThrow(() -> new ConflictException("rma " + rma + ": the replacement order could not"
                                + " be stored (an order of the customer has " + rma + " as its PO number)")));
        if (placed.created()) {
            LOG.info("Replacement order {} placed for {} (order {}) by {}", placed.order().number(), rma,
                    placed.order().replacementFor(), actor.name());
        }
        return placed.order();
    }

    private Placed placeIn(EntityManager em, ReplacementRequest request, String rma, Actor actor) {
        Optional<SalesOrderEntity> existing = OrderQueries.byRma(em, rma);
        if (existing.isPresent()) {
            return new Placed(earlier(existing.get().toRecord(), request), false);
        }
        String originalNumber = request.originalOrder().strip();
        SalesOrderEntity original = Optional.ofNullable(em.find(SalesOrderEntity.class, originalNumber))
                .orElseThrow(() -> new ValidationException("originalOrder", "no order " + originalNumber));
        AcceptedOrder replacement = ReplacementRules.replacementOf(original.toRecord(), original.isDispatched(),
                request, clock.today());
        Optional<SalesOrder> samePo = OrderQueries.byCustomerPo(em, replacement.customerId(), rma)
                .map(SalesOrderEntity::toRecord);
        if (samePo.isPresent() && rma.equals(samePo.get().rma())) {
            return new Placed(earlier(samePo.get(), request), false); // placed a moment ago by a concurrent call
        } else if (samePo.isPresent()) {
            throw new ConflictException("rma " + rma + ": customer " + replacement.customerId()
                    + " has an order with this PO number already");
        }
        String region = customer(replacement.customerId()).region();
        Instant now = clock.now();
        Connection tx = SalesOrderDatabase.connection(em);
        String number = sequences.next(tx, SalesOrderServiceImpl.ORDER_PREFIX, clock.today().getYear());
        SalesOrderEntity entity = new SalesOrderEntity(number, replacement, List.of(), Channel.AFTER_SALES,
                actor.name(), now, now);
        entity.replaces(originalNumber, rma, now);
        em.persist(entity);
        em.flush();
        SalesOrder placed = entity.toRecord();
        // as any order: the warehouse reserves on CONFIRMED, production makes what is short; no payment is asked
        outbox.append(tx, number, now, OrderPayloads.received(placed, Channel.AFTER_SALES, List.of()));
        outbox.append(tx, number, now, OrderPayloads.confirmed(placed, region, 0));
        audit.record(tx, new AuditRecord(now, actor.name(), Roles.SALES_DIRECTOR, "ORDER_CONFIRMED", number,
                "exchange approved for " + rma, "replacement of order " + originalNumber + " at no charge: "
                + placed.lines().size() + " line(s), no review"));
        return new Placed(placed, true);
    }

    /** The order placed for the RMA before, when the request asks the same of it. */
    private static SalesOrder earlier(SalesOrder replacement, ReplacementRequest request) {
        if (!ReplacementRules.answers(replacement, request)) {
            throw new ConflictException("rma " + replacement.rma() + " has its replacement order "
                    + replacement.number() + " already, for other lines or another order (" + replacement.replacementFor()
                    + ")");
        }
        return replacement;
    }

    /** The customer from master data; one that has been removed there gets no replacement. */
    private Customer customer(String id) {
        return customers.find(id).orElseThrow(() -> new ConflictException("the customer " + id
                + " is not in the master data (any more)"));
    }

    @Override
    public Optional<SalesOrder> replacement(String rma) {
        if (rma == null || rma.isBlank()) {
            return Optional.empty();
        }
        return db.tx(em -> OrderQueries.byRma(em, rma.strip()).map(SalesOrderEntity::toRecord));
    }
}
