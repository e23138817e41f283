package io.orderflow.production.internal;

import io.orderflow.finance.api.PaymentGate;
import io.orderflow.finance.api.event.PaymentReversed;
import io.orderflow.finance.api.event.PaymentVerified;
import io.orderflow.finance.api.event.PaymentVerified.OrderPaid;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.internal.jpa.PlanningData;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.event.ChangeRequested;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import io.orderflow.warehouse.api.event.StockReserved;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Production's side of the order flow: what the warehouse could not reserve becomes a production requirement (a
 * fresh reservation re-plans it); a cancelled order cancels its open production orders; a prepayment received releases
 * the production orders that waited for it, and one bounced holds back those not started yet; a new promised date is the one to meet; a change request gets its
 * assessment ({@code production/CHANGE_ASSESSED}). Each event is applied once, with the re-plan, in one transaction;
 * one that needs sales or finance waits while it is away. Finance's payment events only say which orders to look at:
 * whether an order's prepayment is verified, finance's {@link PaymentGate} answers as it stands when the event is
 * applied.
 */
@Component(service = EventSubscriber.class)
public final class ProductionRequirements extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "production.orders";

    private final Replanner replanner;
    private final SalesDepartment sales;
    private final Prepayments prepayments;
    private final EventOutbox outbox;
    private final ProductionOrderEvents events;
    private final BusinessClock clock;
    private final EventCodec codec;
    /** Sales and finance as the subscriber reaches them (see {@link SalesDepartment}, {@link Prepayments}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService salesOrders;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PaymentGate paymentGate;

    @Activate
    public ProductionRequirements(@Reference(target = ProductionDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                  @Reference AppliedEvents applied, @Reference EventOutbox outbox,
                                  @Reference AuditTrail audit, @Reference Replanner replanner,
                                  @Reference BusinessClock clock, @Reference EventCodec codec) {
        super(ID, Set.of(StockReserved.TYPE, OrderCancelled.TYPE, PaymentVerified.TYPE, PaymentReversed.TYPE,
                PromisedDateChanged.TYPE, ChangeRequested.TYPE), applied, ProductionDatabase.SCHEMA,
                new ProductionDatabase(jpa, migrations, transactions)::inChange, ProductionDatabase::connection);
        this.clock = clock;
        this.replanner = replanner;
        this.sales = new SalesDepartment(() -> salesOrders);
        this.prepayments = new Prepayments(() -> paymentGate);
        this.outbox = outbox;
        this.events = new ProductionOrderEvents(outbox, audit);
        this.codec = codec;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        String number = event.aggregateId();
        Optional<SalesOrder> order = event.type().equals(StockReserved.TYPE)
                || event.type().equals(ChangeRequested.TYPE)
                ? sales.orders().find(number) : Optional.empty();
        switch (event.type()) {
            case StockReserved.TYPE -> shortfall(em, codec.payload(event, StockReserved.class), order.orElseThrow(() ->
                    new IllegalStateException("sales knows no order " + number)));
            case OrderCancelled.TYPE -> cancel(em, number);
            case ChangeRequested.TYPE -> {
                if (replanner.assessesChanges()) {
                    outbox.append(ProductionDatabase.connection(em), number, clock.now(), ChangeAssessment.assess(em,
                            replanner, order.orElseThrow(), codec.payload(event, ChangeRequested.class), clock.now()));
                }
            }
            case PromisedDateChanged.TYPE -> promised(em, number,
                    codec.payload(event, PromisedDateChanged.class).newDate());
            case PaymentVerified.TYPE -> codec.payload(event, PaymentVerified.class).orders()
                    .forEach(paid -> prepaid(em, paid, event.aggregateId()));
            case PaymentReversed.TYPE -> codec.payload(event, PaymentReversed.class).orders()
                    .forEach(paid -> bounced(em, paid, event.aggregateId()));
            default -> throw new IllegalArgumentException("not an event for production: " + event.type());
        }
    }

    /** One production order per line the stock could not cover; a line covered now needs nothing more made. */
    private void shortfall(EntityManager em, StockReserved reserved, SalesOrder order) {
        Instant now = clock.now();
        List<ProductionOrderEntity> existing = PlanningData.ordersOf(em, order.number());
        for (StockReserved.Line line : reserved.lines()) {
            int lineNo = line.lineNo();
            String product = line.productCode();
            BigDecimal missing = line.missing();
            Optional<ProductionOrderEntity> current = existing.stream().filter(p -> p.lineNo() == lineNo).findFirst();
            if (current.isEmpty()) {
                if (missing.signum() > 0) {
                    em.persist(new ProductionOrderEntity(order.number(), lineNo, product, missing,
                            order.requestedDelivery(), order.receivedAt()));
                }
            } else if (current.get().status().open()) {
                replace(em, current.get(), missing, order, now);
            } else if (missing.signum() > 0) {
                // A revision asks more of a line that was covered or completed: it is planned again.
                current.get().reopen(current.get().passed().add(missing), order.requestedDelivery());
            }
        }
        em.flush();
        replanner.replan(em, "shortfall of order " + order.number());
    }

    /**
     * A released line needs made in all what already went to stock for the order (passed) plus what it still misses,
     * and never less than was made (units awaiting inspection); with nothing left to make or inspect it is done. One
     * not yet released needs what it misses, and nothing at all once stock covers it.
     */
    private void replace(EntityManager em, ProductionOrderEntity production, BigDecimal missing, SalesOrder order,
                         Instant now) {
        if (production.status() == RequirementStatus.RELEASED) {
            production.shortfall(production.passed().add(missing).max(production.passed()
                    .add(production.uninspected())), order.requestedDelivery());
            if (production.remaining().signum() == 0 && production.uninspected().signum() == 0) {
                events.close(em, production, production.passed().signum() > 0 ? RequirementStatus.COMPLETED
                        : RequirementStatus.CANCELLED, "system", null, "stock covers the line", now);
            }
        } else if (missing.signum() == 0) {
            events.close(em, production, RequirementStatus.CANCELLED, "system", null, "stock covers the line", now);
        } else {
            production.shortfall(missing, order.requestedDelivery());
        }
    }

    private void cancel(EntityManager em, String number) {
        Instant now = clock.now();
        PlanningData.ordersOf(em, number).stream().filter(p -> p.status().open()).forEach(p -> events.close(em, p,
                RequirementStatus.CANCELLED, "system", null, "sales order " + number + " cancelled", now));
        replanner.replan(em, "order " + number + " cancelled");
    }

    /** The customer was told a new date: it is the one to meet now, and lateness is measured against it. */
    private void promised(EntityManager em, String number, LocalDate date) {
        PlanningData.ordersOf(em, number).stream().filter(p -> p.status().open()).forEach(p -> p.promised(date));
        replanner.replan(em, "order " + number + " promised for " + date);
    }

    /** Payment {@code payment} reached the order: what waited for its prepayment starts, if finance says so now. */
    private void prepaid(EntityManager em, OrderPaid paid, String payment) {
        String number = paid.orderNumber();
        List<ProductionOrderEntity> waiting = PlanningData.ordersOf(em, number).stream()
                .filter(p -> p.status() == RequirementStatus.AWAITING_PREPAYMENT).toList();
        if (waiting.isEmpty() || !prepayments.verified(number)) {
            return;
        }
        Instant now = clock.now();
        waiting.forEach(p -> events.released(em, p, "prepayment of " + number + " verified (payment " + payment
                + ")", now));
        events.started(em, waiting, now);
        replanner.replan(em, "prepayment of order " + number + " verified");
    }

    /**
     * Payment {@code payment} bounced: unless finance still counts the order prepaid, what was released for it and not
     * started on the shop floor yet (nothing reported made) waits for its prepayment again.
     */
    private void bounced(EntityManager em, OrderPaid paid, String payment) {
        String number = paid.orderNumber();
        List<ProductionOrderEntity> unstarted = PlanningData.ordersOf(em, number).stream()
                .filter(p -> p.status() == RequirementStatus.RELEASED && p.notStarted()).toList();
        if (unstarted.isEmpty() || prepayments.verified(number)) {
            return;
        }
        Instant now = clock.now();
        unstarted.forEach(p -> events.heldBack(em, p, "payment " + payment + " of " + number + " reversed: its"
                + " prepayment is no longer verified", now));
        replanner.replan(em, "prepayment of order " + number + " reversed");
    }
}
