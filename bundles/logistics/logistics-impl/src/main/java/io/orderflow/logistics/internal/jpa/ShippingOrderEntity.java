package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.Installation;
import io.orderflow.logistics.api.LineQuantities;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.internal.domain.LineProgress;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
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

/** An order as logistics ships it, taken from sales at its first shipment. */
@Entity
@Table(schema = "LOGISTICS", name = "SHIPPING_ORDER")
public class ShippingOrderEntity {

    @Id
    @Column(name = "ORDER_NUMBER")
    private String orderNumber;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CUSTOMER_PO")
    private String customerPo;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD")
    private ShippingMethod method;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "PROMISED_ON")
    private LocalDate promisedOn;
    @Column(name = "NEEDS_INSTALLATION")
    private boolean needsInstallation;
    @Column(name = "INSTALL_ON")
    private LocalDate installOn;
    @Column(name = "INSTALLER")
    private String installer;
    @Column(name = "INSTALL_ACCEPTED_BY")
    private String installAcceptedBy;
    @Column(name = "INSTALL_ACCEPTED_AT")
    private Timestamp installAcceptedAt;
    @Column(name = "INSTALL_RECORDED_BY")
    private String installRecordedBy;
    @Column(name = "CLOSE_REASON")
    private String closeReason;
    @Column(name = "CLOSED_BY")
    private String closedBy;
    @Column(name = "DELIVERED_ON")
    private LocalDate deliveredOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE")
    private OrderStage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "LOGISTICS", name = "ORDER_LINE", joinColumns = @JoinColumn(name = "ORDER_NUMBER"))
    private List<OrderLineEmbeddable> lines = new ArrayList<>();

    protected ShippingOrderEntity() {
    }

    /**
     * @param promisedOn the delivery date promised to the customer, for the on-time measure
     */
    public ShippingOrderEntity(String orderNumber, String customerId, String customerPo, ShippingMethod method,
                               String currency, LocalDate promisedOn, boolean needsInstallation) {
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.customerPo = customerPo;
        this.method = method;
        this.currency = currency;
        this.promisedOn = promisedOn;
        this.needsInstallation = needsInstallation;
        this.stage = OrderStage.OPEN;
    }

    /**
     * Takes the order from sales anew, before anything of it is shipped or planned: its lines (nothing planned, shipped
     * or closed), method, promise and installation as they now are.
     */
    public void retake(ShippingMethod method, LocalDate promisedOn, boolean needsInstallation) {
        this.method = method;
        this.promisedOn = promisedOn;
        this.needsInstallation = needsInstallation;
        lines.clear();
    }

    /** The delivery date now promised to the customer. */
    public void promise(LocalDate promisedOn) {
        this.promisedOn = promisedOn;
    }

    public void addLine(int lineNo, String productCode, String specification, String unit, BigDecimal ordered) {
        lines.add(new OrderLineEmbeddable(lineNo, productCode, specification, unit, ordered));
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String customerId() {
        return customerId;
    }

    public String customerPo() {
        return customerPo;
    }

    public ShippingMethod method() {
        return method;
    }

    public String currency() {
        return currency;
    }

    public LocalDate promisedOn() {
        return promisedOn;
    }

    public boolean needsInstallation() {
        return needsInstallation;
    }

    public OrderStage stage() {
        return stage;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public boolean installed() {
        return installAcceptedAt != null;
    }

    public LocalDate installOn() {
        return installOn;
    }

    public String installer() {
        return installer;
    }

    /** The lines by number. */
    public List<OrderLineEmbeddable> lines() {
        return lines.stream().sorted(Comparator.comparingInt(OrderLineEmbeddable::lineNo)).toList();
    }

    public List<LineProgress> progress() {
        return lines().stream().map(OrderLineEmbeddable::progress).toList();
    }

    /** Changes the progress of line {@code lineNo}. */
    public void change(int lineNo, UnaryOperator<LineProgress> change) {
        OrderLineEmbeddable line = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("order " + orderNumber + " has no line " + lineNo));
        line.progress(change.apply(line.progress()));
    }

    /**
     * Moves to {@code next}; the day the order was delivered is kept when it first reaches installation or
     * completion.
     */
    public void stage(OrderStage next, LocalDate today) {
        if (deliveredOn == null && (next == OrderStage.AWAITING_INSTALLATION || next == OrderStage.COMPLETED)) {
            deliveredOn = today;
        }
        stage = next;
    }

    public void closed(String reason, String actor) {
        closeReason = reason;
        closedBy = actor;
    }

    public void scheduleInstallation(LocalDate on, String installer, String actor) {
        this.installOn = on;
        this.installer = installer;
        this.installRecordedBy = actor;
    }

    public void acceptInstallation(String acceptedBy, Instant at, String actor) {
        this.installAcceptedBy = acceptedBy;
        this.installAcceptedAt = Timestamp.from(at);
        this.installRecordedBy = actor;
    }

    public List<LineQuantities> lineQuantities() {
        return lines().stream().map(OrderLineEmbeddable::toRecord).toList();
    }

    /** The installation job; null when the order needs none or it has not opened yet. */
    public Installation installation() {
        if (!needsInstallation || (stage != OrderStage.AWAITING_INSTALLATION && stage != OrderStage.COMPLETED)) {
            return null;
        }
        return new Installation(orderNumber, installOn, installer, installAcceptedBy,
                installAcceptedAt == null ? null : installAcceptedAt.toInstant(), installRecordedBy);
    }
}
