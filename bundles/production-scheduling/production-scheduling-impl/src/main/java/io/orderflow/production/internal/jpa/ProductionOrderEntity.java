package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.RequirementStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A production requirement, from plan to completion: of one sales order line, or a rework order (no sales order, no
 * due date, named by its reference).
 */
@Entity
@Table(schema = "PRODUCTION", name = "PRODUCTION_ORDER")
public class ProductionOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "COMPLETED")
    private BigDecimal completed = BigDecimal.ZERO;
    @Column(name = "PASSED")
    private BigDecimal passed = BigDecimal.ZERO;
    @Column(name = "FAILED")
    private BigDecimal failed = BigDecimal.ZERO;
    @Column(name = "INSPECTIONS")
    private int inspections;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private RequirementStatus status = RequirementStatus.PLANNED;
    @Column(name = "DUE_DATE")
    private LocalDate dueDate;
    @Column(name = "RECEIVED_AT")
    private Timestamp receivedAt;
    @Column(name = "NOT_BEFORE")
    private LocalDate notBefore;
    @Column(name = "HOLD_REASON")
    private String holdReason;
    @Column(name = "PROJECTED_COMPLETION")
    private LocalDate projectedCompletion;
    @Column(name = "ANNOUNCED_DELAY")
    private LocalDate announcedDelay;
    @Column(name = "LAST_REPORT_AT")
    private Timestamp lastReportAt;
    @Column(name = "REWORK_REF")
    private String reworkReference;

    protected ProductionOrderEntity() {
    }

    public ProductionOrderEntity(String orderNumber, int lineNo, String productCode, BigDecimal quantity,
                                 LocalDate dueDate, Instant receivedAt) {
        this.orderNumber = orderNumber;
        this.lineNo = lineNo;
        this.productCode = productCode;
        this.quantity = quantity;
        this.dueDate = dueDate;
        this.receivedAt = Timestamp.from(receivedAt);
    }

    /** A rework order (its reason is the audit trail's). */
    public static ProductionOrderEntity rework(String reference, String productCode, BigDecimal quantity,
                                               Instant receivedAt) {
        ProductionOrderEntity order = new ProductionOrderEntity(null, 0, productCode, quantity, null, receivedAt);
        order.reworkReference = reference;
        return order;
    }

    /** A rework order serves no sales order. */
    public boolean rework() {
        return reworkReference != null;
    }

    public String reworkReference() {
        return reworkReference;
    }

    /** What the order is for, as the audit trail and the logs name it. */
    public String purpose() {
        return rework() ? "rework " + reworkReference : orderNumber + " line " + lineNo;
    }

    public long id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public int lineNo() {
        return lineNo;
    }

    public String productCode() {
        return productCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public RequirementStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant receivedAt() {
        return receivedAt.toInstant();
    }

    public LocalDate notBefore() {
        return notBefore;
    }

    public LocalDate announcedDelay() {
        return announcedDelay;
    }

    /** What is still to be made: the shortfall less what passed inspection and what is made and not yet inspected. */
    public BigDecimal remaining() {
        return quantity.subtract(completed).max(BigDecimal.ZERO);
    }

    public void status(RequirementStatus next) {
        status = next;
    }

    /** A fresh shortfall for the line (a revision, or stock that arrived): the quantity to make is replaced. */
    public void shortfall(BigDecimal newQuantity, LocalDate newDueDate) {
        quantity = newQuantity;
        promised(newDueDate);
    }

    /** A line covered or completed before needs more: planned again for the approval. */
    public void reopen(BigDecimal newQuantity, LocalDate newDueDate) {
        status = RequirementStatus.PLANNED;
        shortfall(newQuantity, newDueDate);
    }

    /** A new date to meet; a delay is measured against it afresh. */
    public void promised(LocalDate date) {
        if (!date.equals(dueDate)) {
            announcedDelay = null;
        }
        dueDate = date;
    }

    public void released(Instant at) {
        status = RequirementStatus.RELEASED;
        lastReportAt = Timestamp.from(at);
    }

    /** Nothing reported made yet: the shop floor has not started on it. */
    public boolean notStarted() {
        return completed.signum() == 0;
    }

    public void reported(BigDecimal made, Instant at) {
        completed = completed.add(made);
        lastReportAt = Timestamp.from(at);
    }

    /** The anomaly's explanation, until a report without one or until work could go on again. */
    public String holdReason(LocalDate today) {
        return notBefore != null && notBefore.isBefore(today) ? null : holdReason;
    }

    public void clearHold() {
        holdReason = null;
    }

    /** Work waits until {@code until} (when given); {@code reason} explains the delay it may cause. */
    public void hold(LocalDate until, String reason) {
        if (until != null) {
            notBefore = until;
        }
        holdReason = reason;
    }

    /** Inspected units: passed ones are done; failed ones go back to be made again. */
    public void inspected(BigDecimal passedUnits, BigDecimal failedUnits) {
        inspections++;
        passed = passed.add(passedUnits);
        failed = failed.add(failedUnits);
        completed = completed.subtract(failedUnits);
    }

    /** How many inspections were recorded: the next one's number names its receipt in the warehouse. */
    public int inspections() {
        return inspections;
    }

    public BigDecimal passed() {
        return passed;
    }

    public BigDecimal uninspected() {
        return completed.subtract(passed);
    }

    public void projected(LocalDate completion) {
        projectedCompletion = completion;
    }

    public void delayAnnounced(LocalDate date) {
        announcedDelay = date;
    }

    public LocalDate projectedCompletion() {
        return projectedCompletion;
    }

    public ProductionOrder toRecord() {
        return new ProductionOrder(id, orderNumber, lineNo, productCode, Decimals.plain(quantity),
                Decimals.plain(completed), Decimals.plain(passed), Decimals.plain(failed), status, dueDate,
                projectedCompletion, lastReportAt == null ? null : lastReportAt.toInstant(), reworkReference);
    }
}
