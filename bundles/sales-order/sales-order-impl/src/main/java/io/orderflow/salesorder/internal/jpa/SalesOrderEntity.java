package io.orderflow.salesorder.internal.jpa;

import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.platform.api.Contact;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import io.orderflow.salesorder.api.OrderRevision;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.StepStatus;
import io.orderflow.salesorder.internal.domain.AcceptedOrder;
import io.orderflow.salesorder.internal.domain.Review;
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
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(schema = "SALES_ORDER", name = "SALES_ORDER")
public class SalesOrderEntity {

    @Id
    @Column(name = "ORDER_NO")
    private String number;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private OrderStatus status;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CUSTOMER_PO")
    private String customerPo;
    @Enumerated(EnumType.STRING)
    @Column(name = "ORDER_TYPE")
    private OrderType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL")
    private Channel channel;
    @Column(name = "REQUESTED_DELIVERY")
    private LocalDate requestedDelivery;
    @Column(name = "ADDR_LINE1")
    private String addressLine1;
    @Column(name = "ADDR_LINE2")
    private String addressLine2;
    @Column(name = "ADDR_CITY")
    private String addressCity;
    @Column(name = "ADDR_POSTAL_CODE")
    private String addressPostalCode;
    @Column(name = "ADDR_COUNTRY")
    private String addressCountry;
    @Column(name = "PAYMENT_TERMS")
    private String paymentTerms;
    @Column(name = "CONTACT_NAME")
    private String contactName;
    @Column(name = "CONTACT_PHONE")
    private String contactPhone;
    @Column(name = "CONTACT_EMAIL")
    private String contactEmail;
    @Column(name = "CUSTOM")
    private boolean custom;
    @Column(name = "INSTALLATION")
    private boolean installation;
    @Column(name = "SHIP_BEFORE_PAYMENT")
    private boolean shipBeforePayment;
    @Column(name = "POLICY_EXCEPTION")
    private String policyException;
    @Column(name = "TOTAL_AMOUNT")
    private BigDecimal totalAmount;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "ENTERED_BY")
    private String enteredBy;
    @Column(name = "RECEIVED_AT")
    private Instant receivedAt;
    @Column(name = "CONFIRMATION_DUE_AT")
    private Instant confirmationDueAt;
    @Column(name = "STATUS_CHANGED_AT")
    private Instant statusChangedAt;
    @Column(name = "STATUS_REASON")
    private String statusReason;
    @Column(name = "REVISION")
    private int revision = 1;
    @Column(name = "CONFIRMED_AT")
    private Instant confirmedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "HELD_FROM")
    private OrderStatus heldFrom;
    @Column(name = "REVISION_SINCE")
    private Instant revisionSince;
    @Column(name = "REVISION_CHANGE_ID")
    private Long revisionChangeId;
    @Column(name = "DISPATCHED_AT")
    private Instant dispatchedAt;
    @Column(name = "RMA")
    private String rma;
    @Column(name = "REPLACEMENT_FOR")
    private String replacementFor;
    @Version
    @Column(name = "VERSION")
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "SALES_ORDER", name = "ORDER_LINE", joinColumns = @JoinColumn(name = "ORDER_NO"))
    private List<OrderLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "SALES_ORDER", name = "ORDER_FLAG", joinColumns = @JoinColumn(name = "ORDER_NO"))
    private List<IntakeFlagEmbeddable> flags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "SALES_ORDER", name = "ORDER_REVIEW_STEP", joinColumns = @JoinColumn(name = "ORDER_NO"))
    private List<ReviewStepEmbeddable> review = new ArrayList<>();

    protected SalesOrderEntity() {
    }

    public SalesOrderEntity(String number, AcceptedOrder order, List<Review.Step> plannedReview, Channel channel,
                            String enteredBy, Instant receivedAt, Instant confirmationDueAt) {
        this.number = number;
        this.status = OrderStatus.PENDING_CONFIRMATION;
        this.customerId = order.customerId();
        this.customerPo = order.customerPo();
        this.type = order.type();
        this.channel = channel;
        this.requestedDelivery = order.requestedDelivery();
        Address address = order.deliveryAddress();
        this.addressLine1 = address.line1();
        this.addressLine2 = address.line2();
        this.addressCity = address.city();
        this.addressPostalCode = address.postalCode();
        this.addressCountry = address.country();
        this.paymentTerms = order.paymentTerms().code();
        Contact contact = order.contact() == null ? new Contact(null, null, null) : order.contact();
        this.contactName = contact.name();
        this.contactPhone = contact.phone();
        this.contactEmail = contact.email();
        this.custom = order.custom();
        this.installation = order.installation();
        this.shipBeforePayment = order.shipBeforePayment();
        this.policyException = order.policyException();
        this.totalAmount = order.total().amount();
        this.currency = order.total().currency();
        this.enteredBy = enteredBy;
        this.receivedAt = receivedAt;
        this.confirmationDueAt = confirmationDueAt;
        this.statusChangedAt = receivedAt;
        this.revisionSince = receivedAt;
        order.lines().forEach(line -> lines.add(new OrderLineEmbeddable(line)));
        for (int i = 0; i < order.flags().size(); i++) {
            flags.add(new IntakeFlagEmbeddable(i + 1, order.flags().get(i)));
        }
        plannedReview.forEach(step -> review.add(new ReviewStepEmbeddable(step)));
    }

    /**
     * Makes this new order the replacement of the RMA for goods of {@code original}, confirmed at {@code at} by the
     * exchange's approval (it has no review steps).
     */
    public void replaces(String original, String rma, Instant at) {
        this.replacementFor = original;
        this.rma = rma;
        confirm(at);
    }

    /**
     * @throws ConflictException for a replacement order: its lines and life belong to the exchange after-sales
     *                           approved, not to a change or cancellation in sales
     */
    public void requireNotReplacement(String what) {
        if (type == OrderType.REPLACEMENT) {
            throw new ConflictException("order " + number + " replaces goods of " + rma + " at no charge: " + what
                    + " it goes through after-sales, not sales");
        }
    }

    public String number() {
        return number;
    }

    public OrderStatus status() {
        return status;
    }

    public String customerId() {
        return customerId;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Money total() {
        return Amounts.money(totalAmount, currency);
    }

    public PaymentTerms paymentTerms() {
        return PaymentTerms.parse(paymentTerms);
    }

    public boolean custom() {
        return custom;
    }

    public Instant confirmationDueAt() {
        return confirmationDueAt;
    }

    /** The codes of the flags intake raised, such as LEAD_TIME_TOO_SHORT. */
    public List<String> flagCodes() {
        return flags.stream().map(flag -> flag.toRecord().code()).distinct().toList();
    }

    /** The review's steps, in order. */
    public List<Review.Step> reviewSteps() {
        return review.stream().sorted(Comparator.comparingInt(ReviewStepEmbeddable::stepNo))
                .map(ReviewStepEmbeddable::toStep).toList();
    }

    /** The step of this order's review that {@code actor} decided, if any. */
    public Optional<Review.Step> stepDecidedBy(String actor) {
        return review.stream().filter(step -> actor.equals(step.decidedBy())).map(ReviewStepEmbeddable::toStep)
                .findFirst();
    }

    public void recordDecision(int stepNo, StepStatus outcome, String actor, Instant at, String remark) {
        review.stream().filter(step -> step.stepNo() == stepNo).findFirst().orElseThrow()
                .decide(outcome, actor, at, remark);
    }

    /** A new status; {@code reason} says why for rejections, cancellations and holds. */
    public void moveTo(OrderStatus next, String reason, Instant at) {
        status = next;
        statusReason = reason;
        statusChangedAt = at;
    }

    public void confirm(Instant at) {
        moveTo(OrderStatus.CONFIRMED, null, at);
        confirmedAt = at;
    }

    public void hold(String reason, Instant at) {
        heldFrom = status;
        moveTo(OrderStatus.ON_HOLD, reason, at);
    }

    /** The current revision as it stands. */
    public OrderRevision currentRevision() {
        SalesOrder now = toRecord();
        return new OrderRevision(revision, revisionSince, revisionChangeId, requestedDelivery, now.lines(), now.total());
    }

    /**
     * Applies a confirmed change as the next revision: new delivery date (when given), new quantities and
     * specifications; the total follows. Returns the revision it replaces, to be kept.
     */
    public OrderRevisionEntity revise(long changeId, LocalDate newDelivery, List<LineChange> changes, Instant at) {
        OrderRevisionEntity previous = new OrderRevisionEntity(number, currentRevision());
        for (LineChange change : changes) {
            lines.stream().filter(line -> line.lineNo() == change.lineNo()).findFirst().orElseThrow()
                    .change(change.quantity(), change.specification());
        }
        if (newDelivery != null) {
            requestedDelivery = newDelivery;
        }
        Money total = Money.zero(currency);
        for (OrderLineEmbeddable line : lines) {
            total = total.plus(line.toRecord().amount());
        }
        totalAmount = total.amount();
        revision++;
        revisionSince = at;
        revisionChangeId = changeId;
        return previous;
    }

    /** A new promised delivery date, told to the customer after a delay. */
    public void promise(LocalDate date) {
        requestedDelivery = date;
    }

    /** The line numbers of the order. */
    public List<Integer> lineNumbers() {
        return lines.stream().map(OrderLineEmbeddable::lineNo).sorted().toList();
    }

    public int revision() {
        return revision;
    }

    /** The status the order is worked in: its own, or while on hold the one a release returns to. */
    public OrderStatus workingStatus() {
        return status == OrderStatus.ON_HOLD ? heldFrom : status;
    }

    /** What the other departments report moves the working status; a hold stays until a person releases it. */
    public void moveWorkingStatus(OrderStatus next, Instant at) {
        if (status == OrderStatus.ON_HOLD) {
            heldFrom = next;
        } else {
            moveTo(next, null, at);
        }
    }

    /** Logistics dispatched a shipment of the order at {@code at}; the first dispatch is the one kept. */
    public void dispatched(Instant at) {
        if (dispatchedAt == null) {
            dispatchedAt = at;
        }
    }

    /** Whether some of the order was dispatched: then only a return changes it (docs/business-rules.md §2.5). */
    public boolean isDispatched() {
        return dispatchedAt != null;
    }

    /** Back to where it was before the hold; returns that status. */
    public OrderStatus release(Instant at) {
        OrderStatus previous = heldFrom;
        heldFrom = null;
        moveTo(previous, null, at);
        return previous;
    }

    public SalesOrder toRecord() {
        List<Review.Step> steps = reviewSteps();
        return new SalesOrder(number, status, statusReason, revision, customerId, customerPo, type, channel,
                requestedDelivery,
                new Address(addressLine1, addressLine2, addressCity, addressPostalCode, addressCountry), paymentTerms,
                new Contact(contactName, contactPhone, contactEmail), custom, installation, shipBeforePayment,
                policyException,
                lines.stream().sorted(Comparator.comparingInt(OrderLineEmbeddable::lineNo))
                        .map(OrderLineEmbeddable::toRecord).toList(),
                Amounts.money(totalAmount, currency),
                flags.stream().sorted(Comparator.comparingInt(IntakeFlagEmbeddable::flagNo))
                        .map(IntakeFlagEmbeddable::toRecord).toList(),
                review.stream().sorted(Comparator.comparingInt(ReviewStepEmbeddable::stepNo))
                        .map(step -> step.toRecord(status == OrderStatus.PENDING_CONFIRMATION
                                && Review.isDue(step.toStep(), steps))).toList(),
                enteredBy, receivedAt, confirmationDueAt, confirmedAt, rma, replacementFor);
    }
}
