package io.orderflow.warehouse.internal;

import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.warehouse.api.LedgerCheck;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.StockService;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.domain.WarehouseRules;
import io.orderflow.warehouse.internal.jpa.ExpectedReceiptEntity;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.PlanningQueries;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stock as people move it: receipts, issues and count adjustments, each a ledger move with an audit entry, followed
 * by the stock check that may propose a transfer. A receipt fulfils the expected receipts with its reference; a count
 * below what orders hold takes the difference back from their reservations.
 */
@Component(service = StockService.class)
public final class StockServiceImpl implements StockService {

    private static final Set<MoveType> BY_HAND = EnumSet.of(MoveType.RECEIPT, MoveType.ISSUE, MoveType.ADJUSTMENT);
    private static final int MAX_TEXT = 500;
    private static final int MAX_REFERENCE = 100;
    public static final int MAX_MOVES = 1000;

    private final WarehouseDatabase db;
    private final AuditTrail audit;
    private final ProductService products;
    private final RegionService regions;
    private final TransferPlanner planner;
    private final ReservationAdjustments reservations;
    private final BusinessClock clock;

    @Activate
    public StockServiceImpl(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa, @Reference SchemaMigrations migrations,
                            @Reference Transactions transactions, @Reference EventOutbox outbox,
                            @Reference AuditTrail audit, @Reference ProductService products,
                            @Reference RegionService regions, @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new WarehouseDatabase(jpa, migrations, transactions);
        this.audit = audit;
        this.products = products;
        this.regions = regions;
        this.planner = new TransferPlanner(outbox, audit);
        this.reservations = new ReservationAdjustments(outbox);
    }

    @Override
    public List<Warehouse> warehouses() {
        return db.tx(WarehouseQueries::warehouses);
    }

    @Override
    public Warehouse saveWarehouse(Warehouse warehouse, Actor actor) {
        actor.requireRole("setting up a warehouse", Roles.WAREHOUSE);
        if (warehouse == null) {
            throw new ValidationException("code", "is required");
        }
        WarehouseRules.check(warehouse, regions.list().stream().map(Region::code).collect(Collectors.toSet()));
        Instant now = clock.now();
        return db.tx(em -> {
            WarehouseEntity existing = em.find(WarehouseEntity.class, warehouse.code());
            if (existing == null) {
                em.persist(new WarehouseEntity(warehouse));
            } else {
                existing.replace(warehouse);
            }
            em.flush();
            audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(),
                    actor.actingRole(Roles.WAREHOUSE), existing == null ? "WAREHOUSE_CREATED" : "WAREHOUSE_CHANGED",
                    warehouse.code(), null, warehouse.name() + ", region " + warehouse.region() + ", priority "
                    + warehouse.priority()));
            return warehouse;
        });
    }

    @Override
    public List<StockRow> stock(String product) {
        if (product == null || product.isBlank()) {
            throw new ValidationException("product", "is required: a product code such as LED-LAMP");
        }
        return db.tx(em -> WarehouseQueries.stock(em, product.strip()));
    }

    @Override
    public StockMove record(MoveRequest request, Actor actor) {
        actor.requireRole("moving stock", Roles.WAREHOUSE);
        validate(request);
        Instant now = clock.now();
        BigDecimal delta = request.type() == MoveType.ISSUE ? request.quantity().negate() : request.quantity();
        return db.tx(em -> {
            if (em.find(WarehouseEntity.class, request.warehouse()) == null) {
                throw new ValidationException("warehouse", "no warehouse " + request.warehouse());
            }
            // A count below what orders hold takes stock back from them: their demand is locked first, as always.
            boolean countedDown = request.type() == MoveType.ADJUSTMENT && delta.signum() < 0;
            if (countedDown) {
                reservations.lockHolders(em, request.warehouse(), request.product());
            }
            // Every balance of the product, in the one lock order, for the stock check that follows the move.
            List<StockEntity> locked = Ledger.lockAll(em, request.product(), request.warehouse());
            StockEntity stock = Ledger.in(locked, request.warehouse());
            BigDecimal excess = stock.balance().reserved().subtract(stock.balance().onHand().add(delta));
            if (countedDown && excess.signum() > 0) {
                // Asked again under the stock lock: an order may have reserved here between the first look and it.
                reservations.cut(em, reservations.lockHolders(em, request.warehouse(), request.product()), stock,
                        excess, request.reason().strip(), actor.name(), now);
            }
            StockMove move = Ledger.post(em, stock, new Ledger.Move(request.type(), request.warehouse(),
                    request.product(), request.quantity(), blankToNull(request.reason()),
                    blankToNull(request.reference()), actor.name(), now), Bucket.ON_HAND, delta).toRecordAfterFlush(em);
            if (request.type() == MoveType.RECEIPT && move.reference() != null) {
                BigDecimal left = request.quantity();
                for (ExpectedReceiptEntity expected : PlanningQueries.expectedFor(em, request.warehouse(),
                        request.product(), move.reference())) {
                    left = expected.receive(left);
                }
            }
            audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(),
                    actor.actingRole(Roles.WAREHOUSE), "STOCK_" + request.type(), request.product() + "@"
                    + request.warehouse(), blankToNull(request.reason()), Quantities.text(request.quantity())
                    + (request.reference() == null ? "" : " ref " + request.reference())));
            planner.review(em, request.product(), locked, now);
            return move;
        });
    }

    private void validate(MoveRequest request) {
        if (request == null) {
            throw new ValidationException("type", "is required: RECEIPT, ISSUE or ADJUSTMENT");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.type() == null || !BY_HAND.contains(request.type())) {
            problems.add(new FieldProblem("type", "must be RECEIPT, ISSUE or ADJUSTMENT (reservations are made for"
                    + " orders)"));
        }
        if (request.warehouse() == null || request.warehouse().isBlank()) {
            problems.add(new FieldProblem("warehouse", "is required"));
        }
        if (request.product() == null || request.product().isBlank()) {
            problems.add(new FieldProblem("product", "is required"));
        } else if (products.find(request.product()).isEmpty()) {
            problems.add(new FieldProblem("product", "no product " + request.product()));
        }
        BigDecimal quantity = request.quantity();
        if (quantity == null) {
            problems.add(new FieldProblem("quantity", "is required"));
        } else if (!Quantities.fits(quantity)) {
            problems.add(new FieldProblem("quantity", "at most 15 digits and 4 decimals"));
        } else if (request.type() == MoveType.ADJUSTMENT ? quantity.signum() == 0 : quantity.signum() <= 0) {
            problems.add(new FieldProblem("quantity", request.type() == MoveType.ADJUSTMENT
                    ? "must not be 0: the signed correction, e.g. -3" : "must be greater than 0"));
        }
        boolean reasonNeeded = request.type() == MoveType.ISSUE || request.type() == MoveType.ADJUSTMENT;
        if (reasonNeeded && (request.reason() == null || request.reason().isBlank())) {
            problems.add(new FieldProblem("reason", "is required for an issue or an adjustment"));
        } else if (request.reason() != null && request.reason().length() > MAX_TEXT) {
            problems.add(new FieldProblem("reason", "must be at most " + MAX_TEXT + " characters"));
        }
        if (request.reference() != null && request.reference().length() > MAX_REFERENCE) {
            problems.add(new FieldProblem("reference", "must be at most " + MAX_REFERENCE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public List<StockMove> moves(String product, String warehouse, int limit) {
        if (limit < 1 || limit > MAX_MOVES) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_MOVES);
        }
        return db.tx(em -> WarehouseQueries.moves(em, blankToNull(product), blankToNull(warehouse), limit));
    }

    @Override
    public LedgerCheck verifyLedger() {
        return db.tx(em -> {
            // Moves wait while balances and ledger are read, so a move between the two reads is no false alarm.
            em.createNativeQuery("LOCK TABLE WAREHOUSE.STOCK IN SHARE MODE").executeUpdate();
            return new LedgerCheck((int) WarehouseQueries.balanceCount(em), WarehouseQueries.ledgerMismatches(em));
        });
    }
}
