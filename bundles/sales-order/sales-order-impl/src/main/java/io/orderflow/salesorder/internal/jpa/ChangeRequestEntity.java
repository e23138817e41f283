package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.ChangeDraft;
import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import io.orderflow.salesorder.api.ChangeRequest;
import io.orderflow.salesorder.api.ChangeStatus;
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

@Entity
@Table(schema = "SALES_ORDER", name = "CHANGE_REQUEST")
public class ChangeRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private ChangeStatus status;
    @Column(name = "NEW_DELIVERY")
    private LocalDate newDelivery;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "REQUESTED_BY")
    private String requestedBy;
    @Column(name = "REQUESTED_AT")
    private Instant requestedAt;
    @Column(name = "PROJECTED_DELIVERY")
    private LocalDate projectedDelivery;
    @Column(name = "ASSESSMENT")
    private String assessment;
    @Column(name = "ASSESSED_BY")
    private String assessedBy;
    @Column(name = "ASSESSED_AT")
    private Instant assessedAt;
    @Column(name = "APPLIED_REVISION")
    private Integer appliedRevision;
    @Column(name = "CLOSING_REMARK")
    private String closingRemark;
    @Column(name = "CLOSED_BY")
    private String closedBy;
    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "SALES_ORDER", name = "CHANGE_REQUEST_LINE", joinColumns = @JoinColumn(name = "CHANGE_ID"))
    private List<ChangeLineEmbeddable> lines = new ArrayList<>();

    protected ChangeRequestEntity() {
    }

    public ChangeRequestEntity(String orderNumber, LocalDate newDelivery, List<LineChange> lineChanges, String reason,
                               String requestedBy, Instant requestedAt) {
        this.orderNumber = orderNumber;
        this.status = ChangeStatus.REQUESTED;
        this.newDelivery = newDelivery;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        lineChanges.forEach(change -> lines.add(new ChangeLineEmbeddable(change)));
    }

    public long id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public ChangeStatus status() {
        return status;
    }

    public LocalDate newDelivery() {
        return newDelivery;
    }

    public LocalDate projectedDelivery() {
        return projectedDelivery;
    }

    public List<LineChange> lineChanges() {
        return lines.stream().sorted(Comparator.comparingInt(ChangeLineEmbeddable::lineNo))
                .map(ChangeLineEmbeddable::toRecord).toList();
    }

    public void assess(boolean feasible, LocalDate projected, String remark, String actor, Instant at) {
        status = feasible ? ChangeStatus.FEASIBLE : ChangeStatus.NOT_FEASIBLE;
        projectedDelivery = projected;
        assessment = remark;
        assessedBy = actor;
        assessedAt = at;
    }

    public void applied(int revision, String actor, Instant at) {
        status = ChangeStatus.APPLIED;
        appliedRevision = revision;
        closedBy = actor;
        closedAt = at;
    }

    public void withdraw(String remark, String actor, Instant at) {
        status = ChangeStatus.WITHDRAWN;
        closingRemark = remark;
        closedBy = actor;
        closedAt = at;
    }

    public ChangeRequest toRecord() {
        return new ChangeRequest(id, orderNumber, status, new ChangeDraft(newDelivery == null ? null : newDelivery.toString(),
                lineChanges(), reason), requestedBy, requestedAt, projectedDelivery, assessment, assessedBy,
                appliedRevision, closingRemark);
    }
}
