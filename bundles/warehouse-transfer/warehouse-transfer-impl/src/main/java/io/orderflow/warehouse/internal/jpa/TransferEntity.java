package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.Transfer;
import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.api.TransferStep;
import io.orderflow.warehouse.internal.domain.Quantities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** A transfer request and its history; the status only changes together with a new step. */
@Entity
@Table(schema = "WAREHOUSE", name = "TRANSFER")
public class TransferEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "FROM_WAREHOUSE")
    private String fromWarehouse;
    @Column(name = "TO_WAREHOUSE")
    private String toWarehouse;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private TransferStatus status;
    @Column(name = "CAUSE")
    private String cause;
    @Column(name = "EXPECTED_ARRIVAL")
    private LocalDate expectedArrival;
    @Column(name = "OPEN_TO")
    private String openTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "WAREHOUSE", name = "TRANSFER_STEP", joinColumns = @JoinColumn(name = "TRANSFER_ID"))
    private List<TransferStepEmbeddable> steps = new ArrayList<>();

    protected TransferEntity() {
    }

    /** A proposal by the stock check. */
    public TransferEntity(String productCode, String fromWarehouse, String toWarehouse, BigDecimal quantity,
                          String cause, Instant at) {
        this.productCode = productCode;
        this.fromWarehouse = fromWarehouse;
        this.toWarehouse = toWarehouse;
        this.quantity = quantity;
        this.cause = cause;
        step(TransferStatus.PROPOSED, "system", null, null, at);
    }

    public long id() {
        return id;
    }

    public String productCode() {
        return productCode;
    }

    public String fromWarehouse() {
        return fromWarehouse;
    }

    public String toWarehouse() {
        return toWarehouse;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public TransferStatus status() {
        return status;
    }

    /** Who approved it so far, for the rule that one person does not give both approvals. */
    public List<String> approvers() {
        return steps.stream().map(TransferStepEmbeddable::toRecord)
                .filter(step -> step.status() == TransferStatus.MANAGER_APPROVED).map(TransferStep::actor).toList();
    }

    public void step(TransferStatus next, String actor, String role, String remark, Instant at) {
        status = next;
        openTo = next.open() ? productCode + "|" + toWarehouse : null;
        steps.add(new TransferStepEmbeddable(steps.size() + 1, next, actor, role, remark, at));
    }

    public LocalDate expectedArrival() {
        return expectedArrival;
    }

    public void expectedArrival(LocalDate date) {
        expectedArrival = date;
    }

    public Transfer toRecord() {
        return new Transfer(id, productCode, fromWarehouse, toWarehouse, Quantities.normal(quantity), status, cause,
                expectedArrival, steps.stream().sorted(Comparator.comparingInt(TransferStepEmbeddable::stepNo))
                .map(TransferStepEmbeddable::toRecord).toList());
    }
}
