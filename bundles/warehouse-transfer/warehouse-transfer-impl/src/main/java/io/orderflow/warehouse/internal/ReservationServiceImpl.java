package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.ShipmentCheck;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.api.event.StockReleased;
import io.orderflow.warehouse.internal.domain.Allocator.Candidate;
import io.orderflow.warehouse.internal.domain.Allocator.OtherWarehouses;
import io.orderflow.warehouse.internal.domain.Allocator.Share;
import io.orderflow.warehouse.internal.domain.Allocator;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.LineCheck.Limit;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity.Held;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reserves stock for orders through the ledger. An order's demand row is locked first, then the stock of each of
 * its products in product and warehouse order, so concurrent reservations queue instead of overselling.
 */
@Component(service = {ReservationService.class, ReservationServiceImpl.class},
        configurationPid = "orderflow.warehouse.reservation")
@Designate(ocd = ReservationServiceImpl.Config.class)
public final class ReservationServiceImpl implements ReservationService {

    @ObjectClassDefinition(name = "Orderflow reservations", description = "Where confirmed orders take their stock")
    public @interface Config {
        @AttributeDefinition(description = "After the customer's region: BY_PRIORITY (the warehouses' priority) or"
                + " MOST_AVAILABLE (fewest splits)")
        OtherWarehouses otherWarehouses() default OtherWarehouses.BY_PRIORITY;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReservationServiceImpl.class);
    /** A closing's reason goes into its release moves after the order and line (the column holds 500). */
    private static final int MAX_REASON = 400;

    private final WarehouseDatabase db;
    private final EventOutbox outbox;
    private final TransferPlanner planner;
    private final ReservationAdjustments adjustments;
    private final OrderFulfilment fulfilment;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private volatile OtherWarehouses rule;

    @Activate
    public ReservationServiceImpl(@Reference(target = WarehouseDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                  @Reference EventOutbox outbox, @Reference AuditTrail audit, Config config,
                                  @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new WarehouseDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.planner = new TransferPlanner(outbox, audit);
        this.adjustments = new ReservationAdjustments(outbox);
        this.fulfilment = new OrderFulfilment(planner, audit);
        this.audit = audit;
        this.rule = config.otherWarehouses();
    }

    @Modified
    void modified(Config config) {
        rule = config.otherWarehouses();
    }

    @Override
    public OrderReservation reserve(String orderNumber, String region, int revision, LocalDate dueOn,
                                    List<OrderLineQuantity> lines) {
        return db.tx(em -> reserveIn(em, orderNumber, region, revision, dueOn, lines));
    }

    /** Within the caller's transaction: gives back what the order held and reserves for {@code lines} afresh. */
    OrderReservation reserveIn(EntityManager em, String orderNumber, String region, int revision, LocalDate dueOn,
                               List<OrderLineQuantity> lines) {
        check(lines);
        OrderDemandEntity demand = em.find(OrderDemandEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
        if (demand == null) {
            demand = new OrderDemandEntity(orderNumber, region);
            em.persist(demand);
        }
        Instant now = clock.now();
        // Every lock before any change, products and warehouses in one order, old lines and new alike.
        Set<String> products = new TreeSet<>(lines.stream().map(OrderLineQuantity::product).toList());
        demand.lines().forEach(line -> products.add(line.product()));
        Map<String, List<StockEntity>> locked = new HashMap<>();
        products.forEach(product -> locked.put(product, Ledger.lockAll(em, product)));
        giveBack(em, demand, locked, "revision " + revision, now);
        demand.want(revision, dueOn, lines);
        Map<String, Warehouse> warehouses = WarehouseQueries.warehouses(em).stream()
                .collect(Collectors.toMap(Warehouse::code, Function.identity()));
        for (String product : new TreeSet<>(lines.stream().map(OrderLineQuantity::product).toList())) {
            List<StockEntity> stocks = locked.get(product);
            for (OrderLineQuantity line : lines.stream().filter(l -> l.product().equals(product))
                    .sorted(Comparator.comparingInt(OrderLineQuantity::lineNo)).toList()) {
                List<Candidate> candidates = stocks.stream().map(s -> new Candidate(s.warehouseCode(),
                        warehouses.get(s.warehouseCode()).region(), warehouses.get(s.warehouseCode()).priority(),
                        s.balance().available())).toList();
                for (Share share : Allocator.allocate(line.quantity(), candidates, demand.region(), rule)) {
                    StockEntity stock = Ledger.in(stocks, share.warehouse());
                    Ledger.post(em, stock, new Ledger.Move(MoveType.RESERVE, share.warehouse(), product, share.quantity(),
                            "line " + line.lineNo(), orderNumber, "system", now), Bucket.RESERVED, share.quantity());
                    demand.reserved(line.lineNo(), share.warehouse(), share.quantity());
                }
            }
        }
        // What the order could not get may be elsewhere: the stock check proposes the transfers.
        locked.forEach((product, stocks) -> planner.review(em, product, stocks, now));
        OrderReservation reservation = ReservationEvents.announce(outbox, em, demand, now);
        LOG.info("Order {} revision {}: {} missing after reserving", orderNumber, revision,
                Quantities.text(reservation.missing()));
        return reservation;
    }

    @Override
    public Optional<OrderReservation> release(String orderNumber, String reason) {
        return db.tx(em -> releaseIn(em, orderNumber, reason));
    }

    /** Within the caller's transaction. */
    Optional<OrderReservation> releaseIn(EntityManager em, String orderNumber, String reason) {
        OrderDemandEntity demand = em.find(OrderDemandEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
        if (demand == null || demand.released()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        OrderReservation before = demand.toRecord();
        Map<String, List<StockEntity>> locked = new HashMap<>();
        new TreeSet<>(before.lines().stream().map(LineReservation::product).toList())
                .forEach(product -> locked.put(product, Ledger.lockAll(em, product)));
        giveBack(em, demand, locked, "order cancelled", now);
        demand.clearReservations(true);
        outbox.append(WarehouseDatabase.connection(em), orderNumber, now, new StockReleased(reason, before.lines()
                .stream().map(l -> new StockReleased.Line(l.lineNo(), l.product(), Quantities.normal(l.reserved())))
                .toList()));
        return Optional.of(demand.toRecord());
    }

    /** Releases every reservation of the order through the ledger, on stock the caller has locked. */
    private static void giveBack(EntityManager em, OrderDemandEntity demand, Map<String, List<StockEntity>> locked,
                                 String reason, Instant now) {
        Map<Integer, String> productOf = new HashMap<>();
        demand.lines().forEach(line -> productOf.put(line.lineNo(), line.product()));
        for (Held held : demand.reservations()) {
            String product = productOf.get(held.lineNo());
            StockEntity stock = Ledger.in(locked.get(product), held.warehouse());
            Ledger.post(em, stock, new Ledger.Move(MoveType.RELEASE, held.warehouse(), product, held.quantity(), reason,
                    demand.orderNumber(), "system", now), Bucket.RESERVED, held.quantity().negate());
        }
        demand.clearReservations(false);
    }

    /** The lines to reserve: numbered once each, a product, a quantity above zero. */
    private static void check(List<OrderLineQuantity> lines) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLineQuantity line = lines.get(i);
            if (line == null || line.product() == null || line.product().isBlank() || !seen.add(line.lineNo())) {
                problems.add(new FieldProblem("lines[" + i + "]", "needs a product and a line number of its own"));
            } else if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be greater than 0"));
            }
        }
        if (lines.isEmpty() || !problems.isEmpty()) {
            throw new ValidationException(problems.isEmpty() ? List.of(new FieldProblem("lines", "is required"))
                    : problems);
        }
    }

    @Override
    public Optional<OrderReservation> receiveProduced(String orderNumber, String product, BigDecimal quantity,
                                                      String reference, Actor actor) {
        if (quantity == null || quantity.signum() <= 0 || !Quantities.fits(quantity)) {
            throw new ValidationException("quantity", "must be greater than 0, at most 15 digits and 4 decimals");
        }
        requireReference("reference", reference, "the production order");
        return db.tx(em -> receiveProducedIn(em, orderNumber, product, quantity, reference, actor));
    }

    /**
     * Within the caller's transaction. A reference already received with the same quantity changes nothing; with
     * another quantity it is refused, for two different receipts cannot share a name.
     */
    Optional<OrderReservation> receiveProducedIn(EntityManager em, String orderNumber, String product,
                                                 BigDecimal quantity, String reference, Actor actor) {
        OrderDemandEntity demand = em.find(OrderDemandEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
        Optional<BigDecimal> earlier = WarehouseQueries.receivedQuantity(em, reference);
        if (earlier.isPresent()) {
            if (earlier.get().compareTo(quantity) != 0) {
                throw new ConflictException("receipt " + reference + " was " + Quantities.text(earlier.get())
                        + ", not " + Quantities.text(quantity));
            }
            return Optional.ofNullable(demand).map(OrderDemandEntity::toRecord);
        }
        Instant now = clock.now();
        String warehouse = WarehouseQueries.firstOfRegion(em, demand == null ? null : demand.region());
        List<StockEntity> locked = Ledger.lockAll(em, product, warehouse);
        StockEntity stock = Ledger.in(locked, warehouse);
        Ledger.post(em, stock, new Ledger.Move(MoveType.RECEIPT, warehouse, product, quantity, "produced for "
                + orderNumber, reference, actor.name(), now), Bucket.ON_HAND, quantity);
        audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor.name(),
                actor.actingRole(Roles.QUALITY, Roles.PRODUCTION_PLANNER), "STOCK_RECEIPT", product + "@"
                + warehouse, "produced for " + orderNumber, Quantities.text(quantity) + " ref " + reference));
        if (demand != null && !demand.released()) {
            adjustments.fill(em, List.of(demand), stock, reference, now);
        }
        planner.review(em, product, locked, now);
        return Optional.ofNullable(demand).map(OrderDemandEntity::toRecord);
    }

    @Override
    public Optional<OrderReservation> reservation(String orderNumber) {
        return db.tx(em -> Optional.ofNullable(em.find(OrderDemandEntity.class, orderNumber))
                .map(OrderDemandEntity::toRecord));
    }

    @Override
    public ShipmentCheck checkShipment(String orderNumber, List<OrderLineQuantity> lines) {
        OrderFulfilment.requireLines(lines);
        List<String> problems = db.tx(em -> OrderFulfilment.problems(orderNumber,
                em.find(OrderDemandEntity.class, orderNumber), lines, Limit.RESERVED));
        return new ShipmentCheck(orderNumber, problems.isEmpty(), problems);
    }

    @Override
    public void issueForShipment(String orderNumber, String shipmentId, List<OrderLineQuantity> lines, Actor actor) {
        requireReference("shipmentId", shipmentId, "the shipment");
        OrderFulfilment.requireLines(lines);
        db.inTransaction(em -> fulfilment.ship(em, orderNumber, shipmentId, lines, actor, clock.now()));
    }

    @Override
    public void releaseRest(String orderNumber, String reference, List<OrderLineQuantity> lines, String reason,
                            Actor actor) {
        requireReference("reference", reference, "logistics' name for closing the rest");
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new ValidationException("reason", "is required: why the rest is closed, at most " + MAX_REASON
                    + " characters");
        }
        OrderFulfilment.requireLines(lines);
        db.inTransaction(em -> fulfilment.close(em, orderNumber, reference, lines, reason.strip(), actor,
                clock.now()));
    }

    /** A reference moves and audit entries carry: required, at most 100 characters (the ledger's column). */
    private static void requireReference(String field, String reference, String what) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new ValidationException(field, "is required: " + what + ", at most 100 characters");
        }
    }
}
