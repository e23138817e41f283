package io.orderflow.logistics.internal;

import io.orderflow.logistics.api.Freight;
import io.orderflow.logistics.api.FreightTerms;
import io.orderflow.logistics.api.OnTimeDelivery;
import io.orderflow.logistics.api.OrderShipping;
import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.RestDecision;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentDraft;
import io.orderflow.logistics.api.ShipmentRelease;
import io.orderflow.logistics.api.ShipmentRelease.ReleaseDecision;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.Trip;
import io.orderflow.logistics.internal.ShippingSettings.Settings;
import io.orderflow.logistics.internal.domain.LineProgress;
import io.orderflow.logistics.internal.domain.Sscc;
import io.orderflow.logistics.internal.jpa.LogisticsQueries;
import io.orderflow.logistics.internal.jpa.OrderLineEmbeddable;
import io.orderflow.logistics.internal.jpa.PackageEntity;
import io.orderflow.logistics.internal.jpa.ShipmentEntity;
import io.orderflow.logistics.internal.jpa.ShippingOrderEntity;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.ShipmentCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Shipments from planning to dispatch (docs/business-rules.md §8): sales says whether the order awaits shipment,
 * {@link ShipmentRelease} whether its payment lets it go, the warehouse checks and issues the stock. Those three are
 * optional: while one is away, what needs it answers that the department is not running. Sign-off, installation and
 * the delivery lists are {@link Deliveries}'.
 */
@Component(service = ShipmentService.class, configurationPid = ShippingSettings.PID)
@Designate(ocd = ShippingSettings.Config.class)
public final class ShipmentServiceImpl implements ShipmentService {

    private static final String PREFIX = "SH";
    private static final int TEXT_MAX = 100;
    /** The warehouse keeps the reason of a closed rest in 400 characters. */
    private static final int REASON_MAX = 400;

    private final LogisticsDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;
    private final Deliveries deliveries;
    private volatile Settings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService salesOrders;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReservationService reservations;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ShipmentRelease release;

    @Activate
    public ShipmentServiceImpl(@Reference(target = LogisticsDatabase.UNIT) JpaTemplate jpa,
                               @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                               @Reference EventOutbox outbox, @Reference AuditTrail audit,
                               @Reference NumberSequences sequences, @Reference BusinessClock clock,
                               ShippingSettings.Config config) {
        this.settings = ShippingSettings.of(config);
        this.db = new LogisticsDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
        this.deliveries = new Deliveries(db, outbox, audit, clock);
    }

    @Modified
    void modified(ShippingSettings.Config config) {
        settings = ShippingSettings.of(config);
    }

    /** For tests outside OSGi: the departments this one calls, as the references would bind them. */
    void bind(SalesOrderService salesOrders, ReservationService reservations, ShipmentRelease release) {
        this.salesOrders = salesOrders;
        this.reservations = reservations;
        this.release = release;
    }

    @Override
    public Shipment create(ShipmentDraft draft, Actor actor) {
        String role = actor.requireRole("creating a shipment", Roles.LOGISTICS);
        Map<Integer, BigDecimal> wanted = wanted(draft);
        Freight freight = freight(draft.freight());
        String restReason = restReason(draft);
        SalesOrder order = DepartmentUnavailableException.require(salesOrders, "sales order").find(draft.orderNumber())
                .orElseThrow(() -> new NotFoundException("no order " + draft.orderNumber()));
        if (order.status() != OrderStatus.AWAITING_SHIPMENT) {
            throw new ConflictException("order " + order.number() + " is " + order.status()
                    + ": only an order awaiting shipment ships");
        }
        ReleaseDecision decision = released(order);
        ShippingMethod method = settings.rules().method(vehicleAmount(order), order.custom());
        if (freight.amount() != null && !freight.amount().currency().equals(order.total().currency())) {
            throw new ValidationException("freight.amount.currency", "must be the order's currency, "
                    + order.total().currency());
        }
        // logistics' own answer first (the quantities still open), then the warehouse's; both again under the lock
        requireOpen(order.number(), progress(order), wanted);
        checkWithWarehouse(order, wanted);
        return db.tx(em -> {
            Instant now = clock.now();
            ShippingOrderEntity shipping = LogisticsQueries.lockOrder(em, order.number());
            if (shipping == null) {
                shipping = new ShippingOrderEntity(order.number(), order.customerId(), order.customerPo(), method,
                        order.total().currency(), order.requestedDelivery(), order.installation());
                take(shipping, order);
                em.persist(shipping);
                em.flush();
            } else if (untouched(shipping)) {
                // revised or cancelled plans before anything left: the order as sales has it now
                shipping.retake(method, order.requestedDelivery(), order.installation());
                take(shipping, order);
                em.flush();
            }
            plan(shipping, wanted);
            String id = sequences.next(LogisticsDatabase.connection(em), PREFIX, clock.today().getYear());
            ShipmentEntity shipment = new ShipmentEntity(id, order.number(), shipping.method(), freight,
                    decision.rule(), actor.name(), now);
            wanted.forEach(shipment::addLine);
            em.persist(shipment);
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "SHIPMENT_CREATED", id, decision.reason(), "order " + order.number() + " by " + shipping.method()
                    + ", released by rule " + decision.rule() + ", lines " + wanted));
            if (draft.rest() == RestDecision.CANCEL_REST) {
                closeRest(em, shipping, restReason, actor, role, now);
            }
            OrderAdvance.restage(em, shipping, clock.today());
            return shipment.toRecord(shipping, List.of());
        });
    }

    /**
     * The amount the vehicle rule weighs: the order's total, or for a replacement order (zero-priced, after-sales'
     * exchange) the total of the order whose goods it replaces, asked of sales, so that goods worth a vehicle go by one.
     *
     * @throws ConflictException when sales does not know the original: a guess could send large goods by parcel
     */
    private Money vehicleAmount(SalesOrder order) {
        if (order.replacementFor() == null) {
            return order.total();
        }
        return DepartmentUnavailableException.require(salesOrders, "sales order").find(order.replacementFor())
                .map(SalesOrder::total).orElseThrow(() -> new ConflictException("replacement order " + order.number()
                        + " ships by the vehicle rule on its original order " + order.replacementFor()
                        + ", which sales does not know; nothing was shipped"));
    }

    /** The order's lines as sales has them. */
    private static void take(ShippingOrderEntity shipping, SalesOrder order) {
        for (OrderLine line : order.lines()) {
            shipping.addLine(line.lineNo(), line.productCode().value(), line.specification(), line.unit(),
                    line.quantity());
        }
    }

    /** Nothing of the order is planned, shipped or closed: what logistics holds of it may be taken anew. */
    private static boolean untouched(ShippingOrderEntity shipping) {
        return shipping.progress().stream().allMatch(l -> l.planned().signum() == 0 && l.shipped().signum() == 0
                && l.closed().signum() == 0);
    }

    /** Puts the wanted quantities in a shipment: every problem named at once, nothing changed when there is one. */
    private static void plan(ShippingOrderEntity order, Map<Integer, BigDecimal> wanted) {
        requireOpen(order.orderNumber(), order.progress(), wanted);
        int index = 0;
        for (Map.Entry<Integer, BigDecimal> line : wanted.entrySet()) {
            int at = index++;
            order.change(line.getKey(), progress -> progress.plan(line.getValue(), at));
        }
    }

    /**
     * Checks that each wanted line is a line of the order with that much open.
     *
     * @throws ValidationException naming the request's line fields
     */
    private static void requireOpen(String orderNumber, List<LineProgress> lines, Map<Integer, BigDecimal> wanted) {
        Map<Integer, LineProgress> byNumber = new HashMap<>();
        lines.forEach(line -> byNumber.put(line.line(), line));
        Problems problems = new Problems();
        int index = 0;
        for (Map.Entry<Integer, BigDecimal> line : wanted.entrySet()) {
            LineProgress progress = byNumber.get(line.getKey());
            if (progress == null) {
                problems.add("lines[" + index + "].lineNo", "order " + orderNumber + " has no line " + line.getKey());
            } else {
                try {
                    progress.plan(line.getValue(), index);
                } catch (ValidationException e) {
                    e.problems().forEach(p -> problems.add(p.field(), p.problem()));
                }
            }
            index++;
        }
        problems.throwIfAny();
    }

    /** What is open on the order's lines as logistics knows them, or all of it while nothing was planned. */
    private List<LineProgress> progress(SalesOrder order) {
        return db.tx(em -> Optional.ofNullable(em.find(ShippingOrderEntity.class, order.number()))
                .filter(shipping -> !untouched(shipping)).map(ShippingOrderEntity::progress)
                .orElseGet(() -> order.lines().stream().map(l -> LineProgress.of(l.lineNo(), l.quantity())).toList()));
    }

    private ReleaseDecision released(SalesOrder order) {
        ShipmentRelease provider = release;
        if (provider == null) {
            throw new ConflictException("order " + order.number() + " is not released for shipment: no payment"
                    + " release is running (finance decides it); nothing was shipped");
        }
        ReleaseDecision decision = provider.decide(new ShipmentRelease.Request(order.number(), order.customerId(),
                order.paymentTerms(), order.total(), order.shipBeforePayment()));
        if (decision == null || !decision.released()) {
            throw new ConflictException("order " + order.number() + " is not released for shipment"
                    + (decision == null ? "" : " (" + decision.rule() + "): " + decision.reason()));
        }
        return decision;
    }

    /** The warehouse's check before shipping: product, specification and quantity against the reservation. */
    private void checkWithWarehouse(SalesOrder order, Map<Integer, BigDecimal> wanted) {
        ShipmentCheck check = DepartmentUnavailableException.require(reservations, "warehouse")
                .checkShipment(order.number(), quantities(order, wanted));
        if (!check.matches()) {
            throw new ConflictException("the warehouse's check refuses the shipment: "
                    + String.join("; ", check.problems()));
        }
    }

    private static List<OrderLineQuantity> quantities(SalesOrder order, Map<Integer, BigDecimal> wanted) {
        List<OrderLineQuantity> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            BigDecimal quantity = wanted.get(line.lineNo());
            if (quantity != null) {
                lines.add(new OrderLineQuantity(line.lineNo(), line.productCode().value(), line.specification(),
                        quantity));
            }
        }
        return lines;
    }

    private static List<OrderLineQuantity> quantities(ShippingOrderEntity order, ShipmentEntity shipment) {
        Map<Integer, OrderLineEmbeddable> lines = new LinkedHashMap<>();
        order.lines().forEach(l -> lines.put(l.lineNo(), l));
        return shipment.lines().stream().map(l -> new OrderLineQuantity(l.lineNo(),
                lines.get(l.lineNo()).productCode(), lines.get(l.lineNo()).specification(), l.quantity())).toList();
    }

    /** The draft's lines by number, every problem named at once. */
    private static Map<Integer, BigDecimal> wanted(ShipmentDraft draft) {
        if (draft == null || draft.orderNumber() == null || draft.orderNumber().isBlank()) {
            throw new ValidationException("orderNumber", "is required");
        }
        if (draft.lines() == null || draft.lines().isEmpty()) {
            throw new ValidationException("lines", "name at least one line: lineNo and quantity");
        }
        Map<Integer, BigDecimal> wanted = new LinkedHashMap<>();
        Problems problems = new Problems();
        for (int i = 0; i < draft.lines().size(); i++) {
            ShipmentDraft.Line line = draft.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null || line.lineNo() == null || wanted.containsKey(line.lineNo())) {
                problems.add(field + ".lineNo", "is required, once per line");
            } else if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(field + ".quantity", "must be above 0");
            } else if (problems.fitsAmountColumn(field + ".quantity", line.quantity())) {
                wanted.put(line.lineNo(), line.quantity());
            }
        }
        problems.throwIfAny();
        return wanted;
    }

    private static Freight freight(Freight freight) {
        if (freight == null || freight.terms() == null) {
            throw new ValidationException("freight.terms", "is required: COMPANY or AGREED (with its amount)");
        }
        if (freight.terms() == FreightTerms.AGREED && (freight.amount() == null || freight.amount().isNegative())) {
            throw new ValidationException("freight.amount", "is required for AGREED freight, 0 or more");
        }
        if (freight.terms() == FreightTerms.COMPANY && freight.amount() != null) {
            throw new ValidationException("freight.amount", "is only given for AGREED freight");
        }
        return freight.amount() == null ? freight : new Freight(freight.terms(), freight.amount().roundedToMinorUnit());
    }

    private static String restReason(ShipmentDraft draft) {
        if (draft.rest() != RestDecision.CANCEL_REST) {
            return null;
        }
        return reason(draft.restReason(), "restReason");
    }

    private static String reason(String reason, String field) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new ValidationException(field, "is required when closing what is open: why, at most "
                    + REASON_MAX + " characters");
        }
        return reason.strip();
    }

    /** Closes what is open on every line, with the reason, and tells the warehouse and sales. */
    private void closeRest(EntityManager em, ShippingOrderEntity order, String reason, Actor actor, String role,
                           Instant now) {
        Map<Integer, BigDecimal> closed = new LinkedHashMap<>();
        for (OrderLineEmbeddable line : order.lines()) {
            BigDecimal open = line.progress().open();
            if (open.signum() > 0) {
                closed.put(line.lineNo(), open);
                order.change(line.lineNo(), progress -> progress.closeRest());
            }
        }
        if (closed.isEmpty()) {
            throw new ConflictException("order " + order.orderNumber() + " has nothing open to close");
        }
        order.closed(reason, actor.name());
        OrderAdvance.restage(em, order, clock.today());
        audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, actor.name(), role, "BACKORDER_CLOSED",
                order.orderNumber(), reason, "closed " + closed));
        outbox.append(LogisticsDatabase.connection(em), order.orderNumber(), now,
                LogisticsEvents.backorderClosed(order, closed, reason, actor.name()));
    }

    @Override
    public OrderShipping closeBackorder(String orderNumber, String reason, Actor actor) {
        String role = actor.requireRole("closing a backorder", Roles.LOGISTICS);
        String why = reason(reason, "reason");
        return db.tx(em -> {
            ShippingOrderEntity order = LogisticsQueries.lockOrder(em, orderNumber);
            if (order == null) {
                throw new ConflictException("order " + orderNumber + " has no shipment yet: to ship none of it,"
                        + " cancel the order in sales");
            }
            closeRest(em, order, why, actor, role, clock.now());
            return Deliveries.view(em, order);
        });
    }

    @Override
    public Shipment bookTrip(String shipmentId, String vehicle, String driver, LocalDate departure, LocalDate arrival,
                             Actor actor) {
        String role = actor.requireRole("booking a dedicated vehicle", Roles.FLEET);
        Problems problems = new Problems();
        text(vehicle, "vehicle", problems);
        text(driver, "driver", problems);
        if (departure == null) {
            problems.add("departure", "is required: the day the vehicle leaves");
        }
        if (arrival == null || departure != null && arrival.isBefore(departure)) {
            problems.add("arrival", "is required, on or after the departure");
        }
        problems.throwIfAny();
        settings.rules().checkBooking(departure, clock.today());
        return db.tx(em -> {
            ShipmentEntity shipment = planned(em, shipmentId);
            if (shipment.method() != ShippingMethod.DEDICATED_VEHICLE) {
                throw new ConflictException("shipment " + shipmentId + " goes by " + shipment.method()
                        + ": no vehicle to book");
            }
            Instant now = clock.now();
            shipment.bookTrip(vehicle.strip(), driver.strip(), departure, arrival, actor.name(), now);
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, actor.name(), role, "TRIP_BOOKED",
                    shipmentId, null, vehicle.strip() + " driven by " + driver.strip() + ", " + departure + " to "
                    + arrival));
            return shipment.toRecord(em.find(ShippingOrderEntity.class, shipment.orderNumber()), List.of());
        });
    }

    @Override
    public Shipment dispatch(String shipmentId, List<Parcel> packages, Actor actor) {
        String role = actor.requireRole("dispatching a shipment", Roles.LOGISTICS);
        Shipment before = shipment(shipmentId).orElseThrow(() -> new NotFoundException("no shipment " + shipmentId));
        if (before.status() != ShipmentStatus.PLANNED) {
            throw new ConflictException("shipment " + shipmentId + " is " + before.status() + ": only a planned"
                    + " shipment is dispatched");
        }
        List<Parcel> parcels = parcels(packages, before);
        // Stock leaves first: the warehouse issues once per shipment id, so a dispatch retried after a failure
        // below finds it issued and goes on.
        ReservationService warehouse = DepartmentUnavailableException.require(reservations, "warehouse");
        db.tx(em -> {
            ShipmentEntity shipment = planned(em, shipmentId);
            warehouse.issueForShipment(shipment.orderNumber(), shipmentId,
                    quantities(em.find(ShippingOrderEntity.class, shipment.orderNumber()), shipment), actor);
            return null;
        });
        return db.tx(em -> {
            ShipmentEntity shipment = planned(em, shipmentId);
            ShippingOrderEntity order = LogisticsQueries.lockOrder(em, shipment.orderNumber());
            Instant now = clock.now();
            LocalDate today = clock.today();
            List<Parcel> kept = new ArrayList<>();
            for (Parcel parcel : parcels) {
                PackageEntity entity = new PackageEntity(shipmentId, parcel.carrier(), parcel.trackingNumber());
                em.persist(entity);
                em.flush();
                if (!settings.gs1CompanyPrefix().isEmpty()) {
                    entity.sscc(Sscc.of(0, settings.gs1CompanyPrefix(), entity.id()));
                }
                kept.add(entity.toRecord());
            }
            LocalDate arrival = shipment.method() == ShippingMethod.EXPRESS
                    ? settings.rules().expressArrival(today) : shipment.arrival();
            shipment.dispatched(today, arrival);
            shipment.lines().forEach(l -> order.change(l.lineNo(), progress -> progress.dispatch(l.quantity())));
            OrderAdvance.restage(em, order, today);
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "SHIPMENT_DISPATCHED", shipmentId, null, "order " + order.orderNumber() + ", " + kept.size()
                    + " package(s), arrival " + arrival));
            outbox.append(LogisticsDatabase.connection(em), order.orderNumber(), now,
                    LogisticsEvents.dispatched(order, shipment, kept, today, arrival));
            return shipment.toRecord(order, kept);
        });
    }

    /** The packages to record: express needs each with carrier and tracking number; a trip needs its vehicle. */
    private static List<Parcel> parcels(List<Parcel> packages, Shipment shipment) {
        List<Parcel> given = packages == null ? List.of() : packages;
        if (shipment.method() == ShippingMethod.DEDICATED_VEHICLE && shipment.trip() == null) {
            throw new ConflictException("shipment " + shipment.id() + " goes by a dedicated vehicle: fleet books its"
                    + " trip before it is dispatched");
        }
        if (given.isEmpty() && shipment.method() == ShippingMethod.EXPRESS) {
            throw new ValidationException("packages", "an express shipment names at least one package with its"
                    + " carrier and tracking number");
        }
        Problems problems = new Problems();
        for (int i = 0; i < given.size(); i++) {
            Parcel parcel = given.get(i);
            text(parcel == null ? null : parcel.carrier(), "packages[" + i + "].carrier", problems);
            text(parcel == null ? null : parcel.trackingNumber(), "packages[" + i + "].trackingNumber", problems);
        }
        problems.throwIfAny();
        if (given.isEmpty()) {
            return List.of(new Parcel("OWN-VEHICLE", shipment.trip().vehicle(), null));
        }
        return given.stream().map(p -> new Parcel(p.carrier().strip(), p.trackingNumber().strip(), null)).toList();
    }

    private static void text(String value, String field, Problems problems) {
        if (problems.requireText(field, value)) {
            problems.limitLength(field, value, TEXT_MAX);
        }
    }

    private static ShipmentEntity planned(EntityManager em, String shipmentId) {
        ShipmentEntity shipment = em.find(ShipmentEntity.class, shipmentId,
                LockModeType.PESSIMISTIC_WRITE);
        if (shipment == null) {
            throw new NotFoundException("no shipment " + shipmentId);
        }
        if (shipment.status() != ShipmentStatus.PLANNED) {
            throw new ConflictException("shipment " + shipmentId + " is " + shipment.status()
                    + ": only a planned shipment is changed or dispatched");
        }
        return shipment;
    }

    @Override
    public Shipment signOff(String shipmentId, String signer, OffsetDateTime signedAt, SignOffSource source,
                            Actor actor) {
        return deliveries.signOff(shipmentId, signer, signedAt, source, actor);
    }

    @Override
    public OrderShipping scheduleInstallation(String orderNumber, LocalDate on, String installer, Actor actor) {
        return deliveries.scheduleInstallation(orderNumber, on, installer, actor);
    }

    @Override
    public OrderShipping acceptInstallation(String orderNumber, String acceptedBy, Actor actor) {
        return deliveries.acceptInstallation(orderNumber, acceptedBy, actor);
    }

    @Override
    public Optional<Shipment> shipment(String shipmentId) {
        return db.tx(em -> Optional.ofNullable(em.find(ShipmentEntity.class, shipmentId))
                .map(s -> Deliveries.record(em, s)));
    }

    @Override
    public List<Shipment> shipments(String orderNumber, ShipmentStatus status) {
        return db.tx(em -> LogisticsQueries.shipments(em, orderNumber, status).stream()
                .map(s -> Deliveries.record(em, s)).toList());
    }

    @Override
    public Optional<OrderShipping> order(String orderNumber) {
        return db.tx(em -> Optional.ofNullable(em.find(ShippingOrderEntity.class, orderNumber))
                .map(o -> Deliveries.view(em, o)));
    }

    @Override
    public List<OrderShipping> openBackorders() {
        return db.tx(em -> LogisticsQueries.openOrders(em).stream()
                .filter(o -> o.progress().stream().anyMatch(l -> l.open().signum() > 0))
                .map(o -> Deliveries.view(em, o)).toList());
    }

    @Override
    public List<Shipment> tripsToBook() {
        return db.tx(em -> LogisticsQueries.tripsToBook(em).stream().map(s -> Deliveries.record(em, s)).toList());
    }

    @Override
    public List<Trip> trips() {
        return db.tx(em -> LogisticsQueries.booked(em).stream().map(s -> Deliveries.record(em, s).trip()).toList());
    }

    @Override
    public List<Shipment> overdueDeliveries() {
        return deliveries.overdue();
    }

    @Override
    public OnTimeDelivery onTime(YearMonth month) {
        return deliveries.onTime(month);
    }
}
