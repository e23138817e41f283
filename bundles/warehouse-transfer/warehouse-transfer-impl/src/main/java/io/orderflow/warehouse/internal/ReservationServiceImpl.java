package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.ShipmentCheck;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.api.event.WarehouseEvents;
import io.orderflow.warehouse.internal.domain.Allocator;
import io.orderflow.warehouse.internal.domain.Allocator.Candidate;
import io.orderflow.warehouse.internal.domain.Allocator.OtherWarehouses;
import io.orderflow.warehouse.internal.domain.Allocator.Share;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity.Held;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
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

    private final WarehouseDatabase db;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();
    private volatile OtherWarehouses rule;

    @Activate
    public ReservationServiceImpl(@Reference WarehouseDatabase db, @Reference EventOutbox outbox, Config config) {
        this.db = db;
        this.outbox = outbox;
        this.rule = config.otherWarehouses();
    }

    @Modified
    void modified(Config config) {
        rule = config.otherWarehouses();
    }

    @Override
    public OrderReservation reserve(String orderNumber, String region, int revision, List<OrderLineQuantity> lines) {
        return db.tx(em -> reserveIn(em, orderNumber, region, revision, lines));
    }

    /** Within the caller's transaction: gives back what the order held and reserves for {@code lines} afresh. */
    OrderReservation reserveIn(EntityManager em, String orderNumber, String region, int revision,
                               List<OrderLineQuantity> lines) {
        OrderDemandEntity demand = em.find(OrderDemandEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
        if (demand == null) {
            demand = new OrderDemandEntity(orderNumber, region);
            em.persist(demand);
        }
        Instant now = clock.instant();
        giveBack(em, demand, "revision " + revision, now);
        demand.want(revision, lines);
        Map<String, Warehouse> warehouses = WarehouseQueries.warehouses(em).stream()
                .collect(Collectors.toMap(Warehouse::code, Function.identity()));
        for (String product : new TreeSet<>(lines.stream().map(OrderLineQuantity::product).toList())) {
            List<StockEntity> stocks = Ledger.lockAll(em, product);
            for (OrderLineQuantity line : lines.stream().filter(l -> l.product().equals(product))
                    .sorted(Comparator.comparingInt(OrderLineQuantity::lineNo)).toList()) {
                List<Candidate> candidates = stocks.stream().map(s -> new Candidate(s.warehouseCode(),
                        warehouses.get(s.warehouseCode()).region(), warehouses.get(s.warehouseCode()).priority(),
                        s.balance().available())).toList();
                for (Share share : Allocator.allocate(line.quantity(), candidates, demand.region(), rule)) {
                    StockEntity stock = stocks.stream().filter(s -> s.warehouseCode().equals(share.warehouse()))
                            .findFirst().orElseThrow();
                    Ledger.post(em, stock, new Ledger.Move(MoveType.RESERVE, share.warehouse(), product, share.quantity(),
                            "line " + line.lineNo(), orderNumber, "system", now), Bucket.RESERVED, share.quantity());
                    demand.reserved(line.lineNo(), share.warehouse(), share.quantity());
                }
            }
        }
        OrderReservation reservation = demand.toRecord();
        outbox.append(WarehouseDatabase.connection(em), DomainEvent.of(WarehouseEvents.STOCK_RESERVED, orderNumber, now,
                reservedPayload(reservation)));
        if (reservation.fullyReserved()) {
            outbox.append(WarehouseDatabase.connection(em), DomainEvent.of(WarehouseEvents.ORDER_FULLY_RESERVED,
                    orderNumber, now, Map.of("warehouses", reservation.lines().stream()
                            .flatMap(l -> l.allocations().stream()).map(Allocation::warehouse).distinct().sorted()
                            .toList())));
        }
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
        Instant now = clock.instant();
        OrderReservation before = demand.toRecord();
        giveBack(em, demand, reason, now);
        demand.clearReservations(true);
        List<Map<String, Object>> lines = before.lines().stream().map(l -> Map.<String, Object>of("lineNo", l.lineNo(),
                "productCode", l.product(), "released", Quantities.text(l.reserved()))).toList();
        outbox.append(WarehouseDatabase.connection(em), DomainEvent.of(WarehouseEvents.STOCK_RELEASED, orderNumber, now,
                Map.of("reason", reason, "lines", lines)));
        return Optional.of(demand.toRecord());
    }

    /** Releases every reservation of the order through the ledger, in product and warehouse order. */
    private static void giveBack(EntityManager em, OrderDemandEntity demand, String reason, Instant now) {
        Map<Integer, String> productOf = new LinkedHashMap<>();
        demand.lines().forEach(line -> productOf.put(line.lineNo(), line.product()));
        List<Held> held = new ArrayList<>(demand.reservations());
        held.sort(Comparator.comparing((Held h) -> productOf.get(h.lineNo())).thenComparing(Held::warehouse));
        for (Held h : held) {
            String product = productOf.get(h.lineNo());
            Ledger.post(em, Ledger.lock(em, h.warehouse(), product), new Ledger.Move(MoveType.RELEASE, h.warehouse(),
                    product, h.quantity(), reason, demand.orderNumber(), "system", now), Bucket.RESERVED,
                    h.quantity().negate());
        }
        demand.clearReservations(false);
    }

    @Override
    public Optional<OrderReservation> reservation(String orderNumber) {
        return db.tx(em -> Optional.ofNullable(em.find(OrderDemandEntity.class, orderNumber))
                .map(OrderDemandEntity::toRecord));
    }

    @Override
    public ShipmentCheck checkShipment(String orderNumber, List<OrderLineQuantity> lines) {
        Optional<OrderReservation> reservation = reservation(orderNumber);
        if (reservation.isEmpty() || reservation.get().released()) {
            return new ShipmentCheck(orderNumber, false, List.of("order " + orderNumber + " has no reservation"));
        }
        Map<Integer, LineReservation> reserved = reservation.get().lines().stream()
                .collect(Collectors.toMap(LineReservation::lineNo, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (OrderLineQuantity line : lines) {
            LineReservation held = reserved.remove(line.lineNo());
            if (held == null) {
                problems.add("line " + line.lineNo() + ": not an open line of the order");
                continue;
            }
            if (!held.product().equals(line.product())) {
                problems.add("line " + line.lineNo() + ": product " + line.product() + ", reserved " + held.product());
            }
            if (!Objects.equals(blankToNull(held.specification()), blankToNull(line.specification()))) {
                problems.add("line " + line.lineNo() + ": specification '" + line.specification() + "', ordered '"
                        + held.specification() + "'");
            }
            if (line.quantity() == null || held.reserved().compareTo(line.quantity()) != 0) {
                problems.add("line " + line.lineNo() + ": quantity " + line.quantity() + ", reserved "
                        + Quantities.text(held.reserved()) + " of " + Quantities.text(held.ordered()) + " ordered");
            }
        }
        reserved.keySet().forEach(lineNo -> problems.add("line " + lineNo + ": reserved but not in the shipment"));
        return new ShipmentCheck(orderNumber, problems.isEmpty(), List.copyOf(problems));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Map<String, Object> reservedPayload(OrderReservation reservation) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineReservation line : reservation.lines()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("lineNo", line.lineNo());
            payload.put("productCode", line.product());
            payload.put("specification", line.specification() == null ? "" : line.specification());
            payload.put("ordered", line.ordered().toPlainString());
            payload.put("reserved", line.reserved().toPlainString());
            payload.put("missing", line.missing().toPlainString());
            payload.put("allocations", line.allocations().stream().map(a -> Map.<String, Object>of("warehouse",
                    a.warehouse(), "quantity", a.quantity().toPlainString())).toList());
            lines.add(payload);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("revision", reservation.revision());
        payload.put("fullyReserved", reservation.fullyReserved());
        payload.put("lines", lines);
        return payload;
    }
}
