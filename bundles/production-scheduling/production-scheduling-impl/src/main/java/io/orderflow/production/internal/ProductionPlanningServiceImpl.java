package io.orderflow.production.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.finance.api.PaymentGate;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProductionPlanningService;
import io.orderflow.production.api.Purchase;
import io.orderflow.production.api.PurchaseLine;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.SchedulePlan;
import io.orderflow.production.api.ScheduleState;
import io.orderflow.production.api.ScheduledWork;
import io.orderflow.production.internal.domain.Job;
import io.orderflow.production.internal.jpa.MaterialEntity;
import io.orderflow.production.internal.jpa.PlanningData;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import io.orderflow.production.internal.jpa.PurchaseEntity;
import io.orderflow.production.internal.jpa.ScheduleEntity;
import io.orderflow.salesorder.api.SalesOrderService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The schedule proposal and its approval, the what-if projection, and the purchases it hands to purchasing. */
@Component(service = ProductionPlanningService.class)
public final class ProductionPlanningServiceImpl implements ProductionPlanningService {

    static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);

    private final ProductionDatabase db;
    private final Replanner replanner;
    private final AuditTrail audit;
    private final SalesDepartment sales;
    private final Prepayments prepayments;
    private final ProductionOrderEvents events;
    private final BusinessClock clock;
    /** Sales and finance as planning reaches them (see {@link SalesDepartment}, {@link Prepayments}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService salesOrders;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PaymentGate paymentGate;

    @Activate
    public ProductionPlanningServiceImpl(@Reference(target = ProductionDatabase.UNIT) JpaTemplate jpa,
                                         @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                         @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                         @Reference Replanner replanner, @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new ProductionDatabase(jpa, migrations, transactions);
        this.replanner = replanner;
        this.audit = audit;
        this.sales = new SalesDepartment(() -> salesOrders);
        this.prepayments = new Prepayments(() -> paymentGate);
        this.events = new ProductionOrderEvents(outbox, audit);
    }

    @Override
    public SchedulePlan schedule() {
        return db.read(ProductionPlanningServiceImpl::current);
    }

    static SchedulePlan current(EntityManager em) {
        ScheduleEntity schedule = em.find(ScheduleEntity.class, ScheduleEntity.CURRENT);
        List<ProductionOrder> orders = PlanningData.openOrders(em).stream().map(ProductionOrderEntity::toRecord)
                .sorted(Comparator.comparing(ProductionOrder::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(ProductionOrder::id)).toList();
        List<ScheduledWork> work = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT WORK_CENTRE, WORK_DAY, PRODUCTION_ORDER, ORDER_NO, OPERATION,"
                + " MINUTES FROM PRODUCTION.SCHEDULED_WORK ORDER BY WORK_CENTRE, WORK_DAY, PRODUCTION_ORDER, OPERATION")
                .getResultList()) {
            Object[] c = (Object[]) row;
            work.add(new ScheduledWork((String) c[0], ((Date) c[1]).toLocalDate(), ((Number) c[2]).longValue(),
                    (String) c[3], ((Number) c[4]).intValue(), ((Number) c[5]).intValue()));
        }
        List<PurchaseLine> purchases = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT MATERIAL_CODE, QUANTITY, ORDER_BY, EXPECTED_ARRIVAL,"
                + " LEAD_TIME_DAYS FROM PRODUCTION.PLANNED_PURCHASE ORDER BY MATERIAL_CODE").getResultList()) {
            Object[] c = (Object[]) row;
            purchases.add(new PurchaseLine((String) c[0], ((BigDecimal) c[1]).stripTrailingZeros(),
                    ((Date) c[2]).toLocalDate(), ((Date) c[3]).toLocalDate(), ((Number) c[4]).intValue()));
        }
        return new SchedulePlan(schedule == null ? ScheduleState.APPROVED : schedule.state(),
                schedule == null ? Instant.EPOCH : schedule.computedAt(), orders.stream()
                .map(ProductionOrder::orderNumber).filter(Objects::nonNull).distinct().sorted().toList(), orders, work,
                purchases, schedule == null ? null : schedule.approvedBy());
    }

    @Override
    public SchedulePlan approve(String remark, Actor actor) {
        String role = actor.requireRole("approving the schedule and the purchase plan", Roles.PRODUCTION_VP);
        return db.change(em -> {
            Instant now = clock.now();
            List<ProductionOrderEntity> planned = PlanningData.openOrders(em).stream()
                    .filter(o -> o.status() == RequirementStatus.PLANNED).toList();
            // Asked before anything changes: without sales no order's terms are known, and without finance no
            // prepayment, so none is released on a guess (the approval is refused). A rework order serves no sales
            // order: a schedule planning rework orders alone needs neither.
            SalesOrderService orders = !planned.isEmpty() && planned.stream().allMatch(ProductionOrderEntity::rework)
                    ? null : sales.orders();
            List<PurchaseLine> purchasePlan = current(em).purchasePlan();
            if (planned.isEmpty() && purchasePlan.isEmpty()) {
                throw new ConflictException("the schedule holds nothing to approve: no planned production order and"
                        + " no purchase to make");
            }
            Map<String, Boolean> paid = new HashMap<>();
            for (ProductionOrderEntity order : planned) {
                if (order.rework() || paid.computeIfAbsent(order.orderNumber(), number -> prepayments.verified(
                        orders.find(number).orElseThrow(() -> new IllegalStateException("sales knows no order "
                                + number))))) {
                    events.released(em, order, "schedule approved by " + actor.name(), now);
                } else {
                    order.status(RequirementStatus.AWAITING_PREPAYMENT);
                }
            }
            events.started(em, planned.stream().filter(o -> o.status() == RequirementStatus.RELEASED).toList(), now);
            purchasePlan.forEach(line -> em.persist(new PurchaseEntity(line.material(), line.quantity(),
                    line.expectedArrival())));
            ProductionDatabase.schedule(em).approved(actor.name());
            audit.record(ProductionDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "SCHEDULE_APPROVED", "schedule", remark == null || remark.isBlank() ? null : remark.strip(),
                    planned.size() + " production order(s), " + purchasePlan.size() + " purchase(s)"));
            replanner.replan(em, "schedule approved");
            return current(em);
        });
    }

    @Override
    public LocalDate projection(String product, BigDecimal quantity) {
        if (product == null || product.isBlank()) {
            throw new ValidationException("product", "is required");
        }
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw new ValidationException("quantity", "must be greater than 0 and at most " + MAX_QUANTITY);
        }
        String code = product.strip();
        return db.read(em -> {
            if (!PlanningData.isMade(em, code)) {
                throw new ValidationException("product", "has no routing: " + code + " is not made here");
            }
            return replanner.project(em, List.of(new Job("what-if", "what-if", code, quantity, Job.AFTER_PROMISES,
                    clock.now(), null)));
        });
    }

    @Override
    public List<Purchase> purchases() {
        return db.read(em -> em.createQuery("select p from PurchaseEntity p order by p.id", PurchaseEntity.class)
                .getResultStream().map(PurchaseEntity::toRecord).toList());
    }

    @Override
    public Purchase receivePurchase(long purchaseId, Actor actor) {
        String role = purchasing(actor);
        return db.change(em -> {
            PurchaseEntity purchase = purchase(em, purchaseId);
            em.find(MaterialEntity.class, purchase.materialCode()).receive(purchase.quantity());
            Purchase record = purchase.toRecord();
            em.remove(purchase);
            audit.record(ProductionDatabase.connection(em), new AuditRecord(clock.now(), actor.name(), role,
                    "PURCHASE_RECEIVED", "purchase " + purchaseId, null, record.quantity().toPlainString() + " "
                    + record.material()));
            replanner.replan(em, "purchase of " + record.material() + " received");
            return record;
        });
    }

    private static String purchasing(Actor actor) {
        return actor.requireRole("recording a purchase", Roles.PURCHASING);
    }

    private static PurchaseEntity purchase(EntityManager em, long id) {
        PurchaseEntity purchase = em.find(PurchaseEntity.class, id);
        if (purchase == null) {
            throw new NotFoundException("no open purchase " + id);
        }
        return purchase;
    }

    @Override
    public Purchase recordArrival(long purchaseId, LocalDate expectedArrival, Actor actor) {
        String role = purchasing(actor);
        LocalDate today = replanner.today();
        if (expectedArrival == null || expectedArrival.isBefore(today) || expectedArrival.isAfter(today.plusYears(5))) {
            throw new ValidationException("expectedArrival", "is required: between today and five years ahead");
        }
        return db.change(em -> {
            PurchaseEntity purchase = purchase(em, purchaseId);
            purchase.arrives(expectedArrival);
            Purchase record = purchase.toRecord();
            audit.record(ProductionDatabase.connection(em), new AuditRecord(clock.now(), actor.name(), role,
                    "PURCHASE_ARRIVAL", "purchase " + purchaseId, null, record.quantity().toPlainString() + " "
                    + record.material() + " on " + expectedArrival));
            replanner.replan(em, "purchase of " + record.material() + " arrives on " + expectedArrival);
            return record;
        });
    }
}
