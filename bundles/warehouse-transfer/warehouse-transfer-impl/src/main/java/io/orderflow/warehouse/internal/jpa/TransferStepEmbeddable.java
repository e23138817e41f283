package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.api.TransferStep;
import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

@Embeddable
public class TransferStepEmbeddable {

    @Column(name = "STEP_NO")
    private int stepNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private TransferStatus status;
    @Column(name = "ACTOR")
    private String actor;
    @Column(name = "ACTING_ROLE")
    private String role;
    @Column(name = "REMARK")
    private String remark;
    @Column(name = "STEP_AT")
    private Timestamp at;

    protected TransferStepEmbeddable() {
    }

    TransferStepEmbeddable(int stepNo, TransferStatus status, String actor, String role, String remark, Instant at) {
        this.stepNo = stepNo;
        this.status = status;
        this.actor = actor;
        this.role = role;
        this.remark = remark;
        this.at = Timestamp.from(at);
    }

    int stepNo() {
        return stepNo;
    }

    TransferStep toRecord() {
        return new TransferStep(status, actor, role, remark, at.toInstant());
    }
}
