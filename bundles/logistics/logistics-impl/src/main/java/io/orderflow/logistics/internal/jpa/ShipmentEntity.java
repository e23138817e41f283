package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.Freight;
import io.orderflow.logistics.api.FreightTerms;
import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentLine;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOff;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.Trip;
import io.orderflow.platform.api.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** A shipment of an order, from planning to the customer's sign-off. */
@Entity
@Table(schema = "LOGISTICS", name = "SHIPMENT")
public class ShipmentEntity {

    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private ShipmentStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD")
    private ShippingMethod method;
    @Enumerated(EnumType.STRING)
    @Column(name = "FREIGHT_TERMS")
    private FreightTerms freightTerms;
    @Column(name = "FREIGHT_AMOUNT")
    private BigDecimal freightAmount;
    @Column(name = "RELEASE_RULE")
    private String releaseRule;
    @Column(name = "CREATED_BY")
    private String createdBy;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "VEHICLE")
    private String vehicle;
    @Column(name = "DRIVER")
    private String driver;
    @Column(name = "DEPARTURE")
    private LocalDate departure;
    @Column(name = "ARRIVAL")
    private LocalDate arrival;
    @Column(name = "BOOKED_BY")
    private String bookedBy;
    @Column(name = "BOOKED_AT")
    private Timestamp bookedAt;
    @Column(name = "DISPATCHED_ON")
    private LocalDate dispatchedOn;
    @Column(name = "ESTIMATED_ARRIVAL")
    private LocalDate estimatedArrival;
    @Column(name = "SIGNER")
    private String signer;
    @Column(name = "SIGNED_AT_GIVEN")
    private String signedAtGiven;
    @Column(name = "SIGNED_AT")
    private Timestamp signedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "SIGNOFF_SOURCE")
    private SignOffSource signOffSource;
    @Column(name = "SIGNOFF_BY")
    private String signOffBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "MILESTONE")
    private Milestone milestone;
    @Column(name = "FLAGS")
    private String flags;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "LOGISTICS", name = "SHIPMENT_LINE", joinColumns = @JoinColumn(name = "SHIPMENT_ID"))
    private List<ShipmentLineEmbeddable> lines = new ArrayList<>();

    protected ShipmentEntity() {
    }

    public ShipmentEntity(String id, String orderNumber, ShippingMethod method, Freight freight, String releaseRule,
                          String createdBy, Instant createdAt) {
        this.id = id;
        this.orderNumber = orderNumber;
        this.status = ShipmentStatus.PLANNED;
        this.method = method;
        this.freightTerms = freight.terms();
        this.freightAmount = freight.amount() == null ? null : freight.amount().amount();
        this.releaseRule = releaseRule;
        this.createdBy = createdBy;
        this.createdAt = Timestamp.from(createdAt);
    }

    public void addLine(int lineNo, BigDecimal quantity) {
        lines.add(new ShipmentLineEmbeddable(lineNo, quantity));
    }

    public String id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public ShipmentStatus status() {
        return status;
    }

    public ShippingMethod method() {
        return method;
    }

    public boolean tripBooked() {
        return vehicle != null;
    }

    public LocalDate arrival() {
        return arrival;
    }

    public List<ShipmentLineEmbeddable> lines() {
        return lines.stream().sorted(Comparator.comparingInt(ShipmentLineEmbeddable::lineNo)).toList();
    }

    /** Who bears the freight, with the agreed amount in the order's currency. */
    public Freight freight(String currency) {
        return new Freight(freightTerms, freightAmount == null ? null : Money.ofStored(freightAmount, currency));
    }

    public void bookTrip(String vehicle, String driver, LocalDate departure, LocalDate arrival, String actor,
                         Instant at) {
        this.vehicle = vehicle;
        this.driver = driver;
        this.departure = departure;
        this.arrival = arrival;
        this.bookedBy = actor;
        this.bookedAt = Timestamp.from(at);
    }

    public void dispatched(LocalDate on, LocalDate estimatedArrival) {
        this.status = ShipmentStatus.DISPATCHED;
        this.dispatchedOn = on;
        this.estimatedArrival = estimatedArrival;
    }

    public void signedOff(String signer, OffsetDateTime at, SignOffSource source, String actor) {
        this.status = ShipmentStatus.SIGNED_OFF;
        this.signer = signer;
        this.signedAtGiven = at.toString();
        this.signedAt = Timestamp.from(at.toInstant());
        this.signOffSource = source;
        this.signOffBy = actor;
    }

    /** The carrier says it was delivered: it waits for the customer's sign-off. */
    public void delivered() {
        this.status = ShipmentStatus.AWAITING_SIGNOFF;
    }

    /** What its carriers' events add up to now. */
    public void tracked(Milestone milestone, Set<TrackingFlag> flags) {
        this.milestone = milestone;
        this.flags = TrackingFlags.text(flags);
    }

    public void cancel() {
        this.status = ShipmentStatus.CANCELLED;
    }

    public Shipment toRecord(ShippingOrderEntity order, List<Parcel> packages) {
        Map<Integer, OrderLineEmbeddable> orderLines = order.lines().stream()
                .collect(Collectors.toMap(OrderLineEmbeddable::lineNo, Function.identity()));
        List<ShipmentLine> items = lines().stream().map(l -> {
            OrderLineEmbeddable line = orderLines.get(l.lineNo());
            return new ShipmentLine(l.lineNo(), line.productCode(), line.specification(), l.quantity(), line.unit());
        }).toList();
        Freight freight = freight(order.currency());
        Trip trip = vehicle == null ? null : new Trip(id, vehicle, driver, departure, arrival, bookedBy,
                bookedAt.toInstant());
        SignOff signOff = signer == null ? null : new SignOff(signer, OffsetDateTime.parse(signedAtGiven),
                signOffSource, signOffBy);
        return new Shipment(id, orderNumber, order.customerId(), status, method, items, packages, freight,
                releaseRule, trip, dispatchedOn, estimatedArrival, signOff, milestone, createdBy,
                createdAt.toInstant());
    }
}
