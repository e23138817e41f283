package io.orderflow.warehouse.internal;

import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.SafetyStock;
import io.orderflow.warehouse.api.Transfer;
import io.orderflow.warehouse.api.TransferService;
import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.Horizon;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.domain.TransferAction;
import io.orderflow.warehouse.internal.jpa.Ledger.Posting;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import io.orderflow.warehouse.internal.jpa.PlanningQueries;
import io.orderflow.warehouse.internal.jpa.SafetyStockEntity;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.StockKey;
import io.orderflow.warehouse.internal.jpa.TransferEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Transfers between warehouses, step by step. Each step locks the product's balances first and the transfer second
 * (a receipt locks the orders it fills before both), checks that the step is due and the actor holds its role, writes
 * its ledger move, and records the step with its audit entry and event. The goods a transfer brings go first to the
 * orders of the destination's region that miss them.
 */
@Component(service = TransferService.class, configurationPid = "orderflow.warehouse.transfer")
@Designate(ocd = TransferServiceImpl.Config.class)
public final class TransferServiceImpl implements TransferService {

    @ObjectClassDefinition(name = "Orderflow transfers", description = "Transfers between warehouses")
    public @interface Config {
        @AttributeDefinition(description = "Days a shipped transfer is expected on the road when the shipper names"
                + " no arrival date")
        int transitDays() default 2;
    }

    private static final int MAX_REMARK = 500;
    private static final int MAX_LISTED = 500;

    /** A step's ledger work on the product's locked balances. */
    @FunctionalInterface
    private interface LedgerWork {
        void apply(EntityManager em, TransferEntity transfer, List<StockEntity> locked, Instant now);
    }

    private final WarehouseDatabase db;
    private final TransferPlanner planner;
    private final AuditTrail audit;
    private final ProductService products;
    private final ReservationAdjustments adjustments;
    private final BusinessClock clock;
    private volatile int transitDays;

    @Activate
    public TransferServiceImpl(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa, @Reference SchemaMigrations migrations,
                               @Reference Transactions transactions, @Reference EventOutbox outbox,
                               @Reference AuditTrail audit, @Reference ProductService products, Config config,
                               @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new WarehouseDatabase(jpa, migrations, transactions);
        this.planner = new TransferPlanner(outbox, audit);
        this.audit = audit;
        this.products = products;
        this.adjustments = new ReservationAdjustments(outbox);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        // Kept to a year on the road at most, and never into the past.
        transitDays = Math.min(Math.max(0, config.transitDays()), 365);
    }

    @Override
    public List<Transfer> transfers(String product, boolean openOnly) {
        return db.tx(em -> PlanningQueries.transfers(em, blankToNull(product), openOnly, MAX_LISTED).stream()
                .map(TransferEntity::toRecord).toList());
    }

    @Override
    public Optional<Transfer> transfer(long id) {
        return db.tx(em -> Optional.ofNullable(em.find(TransferEntity.class, id)).map(TransferEntity::toRecord));
    }

    @Override
    public List<SafetyStock> safetyStock(String product) {
        String code = requireProduct(product);
        return db.tx(em -> PlanningQueries.safetyStock(em, code).entrySet().stream().sorted(
                Map.Entry.comparingByKey()).map(e -> new SafetyStock(e.getKey(), code, e.getValue())).toList());
    }

    @Override
    public SafetyStock setSafetyStock(SafetyStock safetyStock, Actor actor) {
        actor.requireRole("setting a safety stock", Roles.WAREHOUSE, Roles.SALES_MANAGER);
        validate(safetyStock);
        String product = safetyStock.product().strip();
        String warehouse = safetyStock.warehouse().strip();
        BigDecimal quantity = Quantities.normal(safetyStock.quantity());
        Instant now = clock.now();
        return db.tx(em -> {
            if (em.find(WarehouseEntity.class, warehouse) == null) {
                throw new ValidationException("warehouse", "no warehouse " + warehouse);
            }
            List<StockEntity> locked = Ledger.lockAll(em, product);
            SafetyStockEntity entity = em.find(SafetyStockEntity.class, new StockKey(warehouse, product));
            if (quantity.signum() == 0) {
                Optional.ofNullable(entity).ifPresent(em::remove);
            } else if (entity == null) {
                em.persist(new SafetyStockEntity(warehouse, product, quantity));
            } else {
                entity.quantity(quantity);
            }
            audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(),
                    actor.actingRole(Roles.WAREHOUSE, Roles.SALES_MANAGER), "SAFETY_STOCK_SET", product + "@"
                    + warehouse, null, Quantities.text(quantity)));
            planner.review(em, product, locked, now);
            return new SafetyStock(warehouse, product, quantity);
        });
    }

    private void validate(SafetyStock safetyStock) {
        List<FieldProblem> problems = new ArrayList<>();
        if (safetyStock == null || safetyStock.warehouse() == null || safetyStock.warehouse().isBlank()) {
            problems.add(new FieldProblem("warehouse", "is required"));
        }
        if (safetyStock == null || safetyStock.product() == null || safetyStock.product().isBlank()) {
            problems.add(new FieldProblem("product", "is required"));
        } else if (products.find(safetyStock.product().strip()).isEmpty()) {
            problems.add(new FieldProblem("product", "no product " + safetyStock.product()));
        }
        BigDecimal quantity = safetyStock == null ? null : safetyStock.quantity();
        if (quantity == null || quantity.signum() < 0 || !Quantities.fits(quantity)) {
            problems.add(new FieldProblem("quantity", "is required: 0 or more, at most 15 digits and 4 decimals"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    @Override
    public Transfer decide(long id, boolean approve, String remark, Actor actor) {
        if (!approve && (remark == null || remark.isBlank())) {
            throw new ValidationException("remark", "is required for a rejection: why the stock must be recounted");
        }
        return act(id, approve ? TransferAction.APPROVE : TransferAction.REJECT, remark, actor,
                (em, transfer, locked, now) -> {
                    if (approve && transfer.status() == TransferStatus.MANAGER_APPROVED
                            && transfer.approvers().contains(actor.name())) {
                        throw new ForbiddenException(actor.name() + " gave the sales-manager's approval of transfer "
                                + transfer.id() + "; the sales-director's must come from someone else");
                    }
                });
    }

    @Override
    public Transfer recounted(long id, String remark, Actor actor) {
        return act(id, TransferAction.RECOUNT, remark, actor, (em, transfer, locked, now) -> {
        });
    }

    @Override
    public Transfer pick(long id, Actor actor) {
        return act(id, TransferAction.PICK, null, actor, (em, transfer, locked, now) -> Ledger.post(em,
                move(MoveType.TRANSFER_PICK, transfer, transfer.fromWarehouse(), actor, now),
                List.of(new Posting(Ledger.in(locked, transfer.fromWarehouse()), Bucket.RESERVED,
                        transfer.quantity()))));
    }

    @Override
    public Transfer ship(long id, LocalDate expectedArrival, Actor actor) {
        LocalDate today = clock.today();
        if (expectedArrival != null) {
            Horizon.problem(expectedArrival, today).ifPresent(problem -> {
                throw new ValidationException("expectedArrival", problem);
            });
        }
        return act(id, TransferAction.SHIP, null, actor, (em, transfer, locked, now) -> {
            StockEntity source = Ledger.in(locked, transfer.fromWarehouse());
            StockEntity destination = Ledger.in(locked, transfer.toWarehouse());
            Ledger.post(em, move(MoveType.TRANSFER_SHIP, transfer, transfer.fromWarehouse(), actor, now), List.of(
                    new Posting(source, Bucket.RESERVED, transfer.quantity().negate()),
                    new Posting(source, Bucket.ON_HAND, transfer.quantity().negate()),
                    new Posting(destination, Bucket.IN_TRANSIT, transfer.quantity())));
            transfer.expectedArrival(expectedArrival != null ? expectedArrival : today.plusDays(transitDays));
        });
    }

    @Override
    public Transfer receive(long id, Actor actor) {
        return act(id, TransferAction.RECEIVE, null, actor, (em, transfer, locked, now) -> {
            StockEntity destination = Ledger.in(locked, transfer.toWarehouse());
            Ledger.post(em, move(MoveType.TRANSFER_RECEIVE, transfer, transfer.toWarehouse(), actor, now), List.of(
                    new Posting(destination, Bucket.IN_TRANSIT, transfer.quantity().negate()),
                    new Posting(destination, Bucket.ON_HAND, transfer.quantity())));
        });
    }

    private Transfer act(long id, TransferAction action, String remark, Actor actor, LedgerWork work) {
        if (remark != null && remark.length() > MAX_REMARK) {
            throw new ValidationException("remark", "must be at most " + MAX_REMARK + " characters");
        }
        String note = blankToNull(remark);
        return db.tx(em -> {
            TransferEntity transfer = em.find(TransferEntity.class, id);
            if (transfer == null) {
                throw new NotFoundException("no transfer " + id);
            }
            // Orders first (a receipt fills the destination region's orders that miss the product), stock second,
            // the transfer last.
            List<OrderDemandEntity> waiting = action == TransferAction.RECEIVE ? adjustments.lockShort(em,
                    em.find(WarehouseEntity.class, transfer.toWarehouse()).toRecord().region(), transfer.productCode())
                    : List.of();
            List<StockEntity> locked = Ledger.lockAll(em, transfer.productCode(), transfer.fromWarehouse(),
                    transfer.toWarehouse());
            em.refresh(transfer, LockModeType.PESSIMISTIC_WRITE);
            TransferStatus status = transfer.status();
            TransferAction.Step step = action.at(status).orElseThrow(() -> new ConflictException("transfer " + id
                    + " is " + status + ": to " + action.verb() + " it, it must be " + action.allowedAt()));
            String role = actor.requireRole("to " + action.verb() + " a " + status + " transfer", step.role());
            Instant now = clock.now();
            work.apply(em, transfer, locked, now);
            transfer.step(step.next(), actor.name(), role, note, now);
            planner.announce(em, transfer, actor.name(), role, note, now);
            adjustments.fill(em, waiting, Ledger.in(locked, transfer.toWarehouse()), "TR-" + transfer.id(), now);
            if (!step.next().open()) {
                // Closed: the destination may still (or again) need stock.
                planner.review(em, transfer.productCode(), locked, now);
            }
            return transfer.toRecord();
        });
    }

    private static Ledger.Move move(MoveType type, TransferEntity transfer, String warehouse, Actor actor,
                                    Instant now) {
        return new Ledger.Move(type, warehouse, transfer.productCode(), transfer.quantity(), "transfer "
                + transfer.fromWarehouse() + " to " + transfer.toWarehouse(), "TR-" + transfer.id(), actor.name(), now);
    }

    private String requireProduct(String product) {
        if (product == null || product.isBlank()) {
            throw new ValidationException("product", "is required: a product code such as LED-LAMP");
        }
        return product.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
