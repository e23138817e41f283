package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.jpa.SettlementEmbeddable.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** What a confirmed order wants from the warehouse, and where it is reserved. */
@Entity
@Table(schema = "WAREHOUSE", name = "ORDER_DEMAND")
public class OrderDemandEntity {

    @Id
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "REGION")
    private String region;
    @Column(name = "REVISION")
    private int revision;
    @Column(name = "RELEASED")
    private boolean released;
    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "WAREHOUSE", name = "DEMAND_LINE", joinColumns = @JoinColumn(name = "ORDER_NO"))
    private List<DemandLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "WAREHOUSE", name = "RESERVATION", joinColumns = @JoinColumn(name = "ORDER_NO"))
    private List<ReservationEmbeddable> reservations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "WAREHOUSE", name = "DEMAND_SETTLEMENT", joinColumns = @JoinColumn(name = "ORDER_NO"))
    private List<SettlementEmbeddable> settlements = new ArrayList<>();

    protected OrderDemandEntity() {
    }

    public OrderDemandEntity(String orderNumber, String region) {
        this.orderNumber = orderNumber;
        this.region = region;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String region() {
        return region;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean released() {
        return released;
    }

    /** The lines the order now wants (a new revision replaces them all), and when. */
    public void want(int newRevision, LocalDate due, List<OrderLineQuantity> wanted) {
        revision = newRevision;
        dueOn = due;
        released = false;
        lines.clear();
        wanted.forEach(line -> lines.add(new DemandLineEmbeddable(line)));
    }

    public List<OrderLineQuantity> lines() {
        return lines.stream().map(DemandLineEmbeddable::toRecord)
                .sorted(Comparator.comparingInt(OrderLineQuantity::lineNo)).toList();
    }

    /** Stock held for one line in one warehouse. */
    public record Held(int lineNo, String warehouse, BigDecimal quantity) {
    }

    public List<Held> reservations() {
        return reservations.stream().map(r -> new Held(r.lineNo(), r.warehouseCode(), r.quantity())).toList();
    }

    public void clearReservations(boolean orderReleased) {
        reservations.clear();
        released = orderReleased;
    }

    /** Adds to what the line holds in the warehouse. */
    public void reserved(int lineNo, String warehouse, BigDecimal quantity) {
        BigDecimal before = held(lineNo, warehouse).map(held -> {
            reservations.remove(held);
            return held.quantity();
        }).orElse(BigDecimal.ZERO);
        reservations.add(new ReservationEmbeddable(lineNo, warehouse, before.add(quantity)));
    }

    /**
     * {@code quantity} of the line left the demand under {@code reference} (shipped or closed): the line wants that
     * much less from now on. The caller has taken what the line held for it off its reservation.
     */
    public void settle(Kind kind, String reference, int lineNo, BigDecimal quantity, Instant at) {
        DemandLineEmbeddable line = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
        lines.remove(line);
        lines.add(line.less(quantity));
        settlements.add(new SettlementEmbeddable(kind, reference, lineNo, quantity, at));
    }

    /** What left the demand under {@code reference}, with the lines' product and specification; empty when nothing. */
    public List<OrderLineQuantity> settled(Kind kind, String reference) {
        return settlements.stream().filter(s -> s.under(kind, reference)).map(s -> {
            OrderLineQuantity line = line(s.lineNo());
            return new OrderLineQuantity(s.lineNo(), line.product(), line.specification(), s.quantity());
        }).sorted(Comparator.comparingInt(OrderLineQuantity::lineNo)).toList();
    }

    private OrderLineQuantity line(int lineNo) {
        return lines().stream().filter(line -> line.lineNo() == lineNo).findFirst().orElseThrow();
    }

    public String productOf(int lineNo) {
        return line(lineNo).product();
    }

    private Optional<ReservationEmbeddable> held(int lineNo, String warehouse) {
        return reservations.stream().filter(r -> r.lineNo() == lineNo && r.warehouseCode().equals(warehouse))
                .findFirst();
    }

    /** Takes {@code quantity} (at most what is held) off the line's reservation in the warehouse. */
    public void cut(int lineNo, String warehouse, BigDecimal quantity) {
        ReservationEmbeddable held = held(lineNo, warehouse).orElseThrow();
        reservations.remove(held);
        BigDecimal left = held.quantity().subtract(quantity);
        if (left.signum() > 0) {
            reservations.add(new ReservationEmbeddable(lineNo, warehouse, left));
        }
    }

    public OrderReservation toRecord() {
        List<LineReservation> result = new ArrayList<>();
        for (OrderLineQuantity line : lines()) {
            List<Allocation> allocations = reservations.stream().filter(r -> r.lineNo() == line.lineNo())
                    .sorted(Comparator.comparing(ReservationEmbeddable::warehouseCode))
                    .map(r -> new Allocation(r.warehouseCode(), Quantities.normal(r.quantity()))).toList();
            BigDecimal reserved = allocations.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new LineReservation(line.lineNo(), line.product(), line.specification(),
                    Quantities.normal(line.quantity()), Quantities.normal(reserved),
                    Quantities.normal(line.quantity().subtract(reserved)), allocations));
        }
        return new OrderReservation(orderNumber, region, revision, released, result);
    }
}
