package io.orderflow.warehouse.internal;

import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.warehouse.api.AvailableToPromiseService;
import io.orderflow.warehouse.api.ExpectedReceipt;
import io.orderflow.warehouse.api.PromiseFigure;
import io.orderflow.warehouse.api.ReceiptNotice;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.internal.domain.Horizon;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.ExpectedReceiptEntity;
import io.orderflow.warehouse.internal.jpa.PlanningQueries;
import io.orderflow.warehouse.internal.jpa.WarehouseEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Available-to-promise (docs/business-rules.md §4.2): available stock, plus what is expected to arrive by the date
 * (announced purchases and production, shipped transfers), less what confirmed orders due by then still miss. Available
 * stock already takes today's reservations off; the orders' unreserved rest is the part of "reservations due by then"
 * still to be taken, so each reservation counts once.
 */
@Component(service = AvailableToPromiseService.class)
public final class AvailableToPromiseServiceImpl implements AvailableToPromiseService {

    private static final int MAX_REFERENCE = 100;

    private final WarehouseDatabase db;
    private final AuditTrail audit;
    private final ProductService products;
    private final BusinessClock clock;

    @Activate
    public AvailableToPromiseServiceImpl(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa,
                                         @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                         @Reference AuditTrail audit, @Reference ProductService products,
                                         @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new WarehouseDatabase(jpa, migrations, transactions);
        this.audit = audit;
        this.products = products;
    }

    @Override
    public PromiseFigure availableToPromise(String product, String warehouse, LocalDate date) {
        List<FieldProblem> problems = new ArrayList<>();
        checkProduct(product, problems);
        LocalDate today = today();
        LocalDate by = date == null ? today : date;
        Horizon.problem(by, today).ifPresent(problem -> problems.add(new FieldProblem("date", problem)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String code = product.strip();
        String only = warehouse == null || warehouse.isBlank() ? null : warehouse.strip();
        return db.tx(em -> {
            if (only != null && em.find(WarehouseEntity.class, only) == null) {
                throw new ValidationException("warehouse", "no warehouse " + only);
            }
            BigDecimal onShelves = WarehouseQueries.stock(em, code).stream()
                    .filter(row -> only == null || row.warehouse().equals(only)).map(StockRow::available)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // Over all warehouses, goods picked for a transfer stay the company's to promise; one warehouse cannot
            // promise what an approved transfer is about to take from it.
            BigDecimal available = only == null
                    ? onShelves.add(PlanningQueries.transferred(em, code, TransferStatus.PICKED, null))
                    : onShelves.subtract(PlanningQueries.transferred(em, code, TransferStatus.APPROVED, only));
            BigDecimal arriving = PlanningQueries.arrivingBy(em, code, only, by);
            Map<String, BigDecimal> missing = PlanningQueries.missingByRegion(em, code, by);
            BigDecimal shortfall = only == null ? missing.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    : shortfallOfFirstInRegion(WarehouseQueries.warehouses(em), only, missing);
            return new PromiseFigure(code, only, by, Quantities.normal(available), Quantities.normal(arriving),
                    Quantities.normal(shortfall), Quantities.normal(available.add(arriving).subtract(shortfall)));
        });
    }

    /** A region's shortfall is charged to its first warehouse, the one its orders reserve from first. */
    private static BigDecimal shortfallOfFirstInRegion(List<Warehouse> warehouses, String code,
                                                       Map<String, BigDecimal> missing) {
        Warehouse warehouse = warehouses.stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
        boolean first = warehouses.stream().filter(w -> w.region().equals(warehouse.region())).findFirst()
                .map(w -> w.code().equals(code)).orElse(false);
        return first ? missing.getOrDefault(warehouse.region(), BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    @Override
    public ExpectedReceipt expectReceipt(ReceiptNotice notice, Actor actor) {
        actor.requireRole("announcing a receipt", Roles.WAREHOUSE, Roles.PURCHASING, Roles.PRODUCTION_PLANNER);
        validate(notice);
        Instant now = clock.now();
        ReceiptNotice clean = new ReceiptNotice(notice.warehouse().strip(), notice.product().strip(),
                Quantities.normal(notice.quantity()), notice.expectedOn(), notice.source(), notice.reference().strip());
        return db.tx(em -> {
            if (em.find(WarehouseEntity.class, clean.warehouse()) == null) {
                throw new ValidationException("warehouse", "no warehouse " + clean.warehouse());
            }
            ExpectedReceiptEntity entity = new ExpectedReceiptEntity(clean);
            em.persist(entity);
            em.flush();
            audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(),
                    actor.actingRole(Roles.WAREHOUSE, Roles.PURCHASING, Roles.PRODUCTION_PLANNER), "RECEIPT_EXPECTED",
                    clean.product() + "@" + clean.warehouse(), null, Quantities.text(clean.quantity()) + " on "
                    + clean.expectedOn() + " (" + clean.source() + " " + clean.reference() + ")"));
            return entity.toRecord();
        });
    }

    private void validate(ReceiptNotice notice) {
        List<FieldProblem> problems = new ArrayList<>();
        if (notice == null) {
            throw new ValidationException("warehouse", "is required");
        }
        if (notice.warehouse() == null || notice.warehouse().isBlank()) {
            problems.add(new FieldProblem("warehouse", "is required"));
        }
        checkProduct(notice.product(), problems);
        BigDecimal quantity = notice.quantity();
        if (quantity == null || quantity.signum() <= 0 || !Quantities.fits(quantity)) {
            problems.add(new FieldProblem("quantity", "is required: greater than 0, at most 15 digits and 4 decimals"));
        }
        if (notice.expectedOn() == null) {
            problems.add(new FieldProblem("expectedOn", "is required"));
        } else {
            Horizon.problem(notice.expectedOn(), today()).ifPresent(problem -> problems.add(
                    new FieldProblem("expectedOn", problem)));
        }
        if (notice.source() == null) {
            problems.add(new FieldProblem("source", "is required: PURCHASE or PRODUCTION"));
        }
        if (notice.reference() == null || notice.reference().isBlank() || notice.reference().length() > MAX_REFERENCE) {
            problems.add(new FieldProblem("reference", "is required: the purchase or production order, at most "
                    + MAX_REFERENCE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void checkProduct(String product, List<FieldProblem> problems) {
        if (product == null || product.isBlank()) {
            problems.add(new FieldProblem("product", "is required: a product code such as LED-LAMP"));
        } else if (products.find(product.strip()).isEmpty()) {
            problems.add(new FieldProblem("product", "no product " + product));
        }
    }

    @Override
    public List<ExpectedReceipt> expectedReceipts(String product) {
        String code = product == null || product.isBlank() ? null : product.strip();
        return db.tx(em -> PlanningQueries.expectedReceipts(em, code).stream().map(ExpectedReceiptEntity::toRecord)
                .toList());
    }

    private LocalDate today() {
        return clock.today();
    }
}
