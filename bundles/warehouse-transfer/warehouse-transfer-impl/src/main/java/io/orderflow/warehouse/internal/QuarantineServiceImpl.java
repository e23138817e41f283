package io.orderflow.warehouse.internal;

import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.QuarantineMove;
import io.orderflow.warehouse.api.QuarantineService;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.QuarantineRules;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.Ledger.Posting;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import io.orderflow.warehouse.internal.jpa.QuarantineReferences;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseEntity;
import java.math.BigDecimal;
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
 * Quarantine stock through the ledger: returned goods received, restocked or issued, each a move with an audit entry,
 * once per move type and the caller's reference. A restock is goods arriving on hand: the region's orders that miss
 * the product are reserved from it, then the stock check runs, as after a transfer's receipt.
 */
@Component(service = QuarantineService.class)
public final class QuarantineServiceImpl implements QuarantineService {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineServiceImpl.class);

    private final WarehouseDatabase db;
    private final AuditTrail audit;
    private final ProductService products;
    private final TransferPlanner planner;
    private final ReservationAdjustments adjustments;
    private final BusinessClock clock;

    @Activate
    public QuarantineServiceImpl(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa,
                                 @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                 @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                 @Reference ProductService products, @Reference BusinessClock clock) {
        this.db = new WarehouseDatabase(jpa, migrations, transactions);
        this.audit = audit;
        this.products = products;
        this.planner = new TransferPlanner(outbox, audit);
        this.adjustments = new ReservationAdjustments(outbox);
        this.clock = clock;
    }

    @Override
    public StockMove receive(QuarantineMove move, Actor actor) {
        String role = actor.requireRole("receiving goods into quarantine", Roles.WAREHOUSE);
        return record(MoveType.QUARANTINE_RECEIPT, move, actor, role);
    }

    @Override
    public StockMove release(QuarantineMove move, Actor actor) {
        String role = actor.requireRole("restocking goods from quarantine", Roles.QUALITY);
        return record(MoveType.QUARANTINE_RELEASE, move, actor, role);
    }

    @Override
    public StockMove issue(QuarantineMove move, Actor actor) {
        String role = actor.requireRole("issuing goods from quarantine", Roles.QUALITY);
        return record(MoveType.QUARANTINE_ISSUE, move, actor, role);
    }

    private StockMove record(MoveType type, QuarantineMove move, Actor actor, String role) {
        QuarantineRules.check(type, move, product -> products.find(product).isPresent());
        String warehouse = move.warehouse().strip();
        String product = move.product().strip();
        String reference = move.reference().strip();
        String reason = move.reason() == null || move.reason().isBlank() ? null : move.reason().strip();
        BigDecimal quantity = move.quantity();
        return db.tx(em -> {
            WarehouseEntity site = em.find(WarehouseEntity.class, warehouse);
            if (site == null) {
                throw new ValidationException("warehouse", "no warehouse " + warehouse);
            }
            // Orders before stock, as everywhere: a restock reserves for the region's orders that miss the product.
            List<OrderDemandEntity> waiting = type == MoveType.QUARANTINE_RELEASE
                    ? adjustments.lockShort(em, site.toRecord().region(), product) : List.of();
            List<StockEntity> locked = Ledger.lockAll(em, product, warehouse);
            // Looked up under the stock lock: a concurrent call with this reference and product has committed by now.
            Optional<StockMove> earlier = QuarantineReferences.find(em, type, reference);
            if (earlier.isPresent()) {
                return sameAs(earlier.get(), warehouse, product, quantity);
            }
            Instant now = clock.now();
            StockEntity stock = Ledger.in(locked, warehouse);
            StockMove made = Ledger.post(em, new Ledger.Move(type, warehouse, product, quantity, reason, reference,
                    actor.name(), now), postings(type, stock, quantity)).toRecordAfterFlush(em);
            QuarantineReferences.file(em, made);
            audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(), role, "STOCK_" + type,
                    product + "@" + warehouse, reason, Quantities.text(quantity) + " ref " + reference));
            if (type == MoveType.QUARANTINE_RELEASE) {
                adjustments.fill(em, waiting, stock, reference, now);
                planner.review(em, product, locked, now);
            }
            LOG.info("{} of {} {} in {} ({})", type, Quantities.text(quantity), product, warehouse, reference);
            return made;
        });
    }

    private static List<Posting> postings(MoveType type, StockEntity stock, BigDecimal quantity) {
        return switch (type) {
            case QUARANTINE_RECEIPT -> List.of(new Posting(stock, Bucket.QUARANTINE, quantity));
            case QUARANTINE_RELEASE -> List.of(new Posting(stock, Bucket.QUARANTINE, quantity.negate()),
                    new Posting(stock, Bucket.ON_HAND, quantity));
            case QUARANTINE_ISSUE -> List.of(new Posting(stock, Bucket.QUARANTINE, quantity.negate()));
            default -> throw new IllegalArgumentException(type + " is no quarantine move");
        };
    }

    /** A repeated call answers the first move; the same reference for other goods is another move, refused. */
    private static StockMove sameAs(StockMove earlier, String warehouse, String product, BigDecimal quantity) {
        if (earlier.warehouse().equals(warehouse) && earlier.product().equals(product)
                && earlier.quantity().compareTo(quantity) == 0) {
            return earlier;
        }
        throw new ConflictException("reference " + earlier.reference() + " was " + describe(earlier.type())
                + " of " + Quantities.text(earlier.quantity()) + " " + earlier.product() + " in " + earlier.warehouse()
                + ", not of " + Quantities.text(quantity) + " " + product + " in " + warehouse);
    }

    private static String describe(MoveType type) {
        return "a " + type.name().toLowerCase().replace('_', ' ');
    }
}
