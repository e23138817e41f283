package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.StepStatus;
import io.orderflow.salesorder.internal.domain.Review;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

@Embeddable
public class ReviewStepEmbeddable {

    @Column(name = "STEP_NO")
    private int stepNo;
    @Column(name = "TURN")
    private int turn;
    @Column(name = "RULE_NAME")
    private String rule;
    @Column(name = "ROLE_NAME")
    private String role;
    @Column(name = "CREDIT_CHECK")
    private boolean creditCheck;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private StepStatus status;
    @Column(name = "DECIDED_BY")
    private String decidedBy;
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;
    @Column(name = "REMARK")
    private String remark;

    protected ReviewStepEmbeddable() {
    }

    ReviewStepEmbeddable(Review.Step step) {
        stepNo = step.stepNo();
        turn = step.turn();
        rule = step.rule();
        role = step.role();
        creditCheck = step.creditCheck();
        status = step.status();
    }

    int stepNo() {
        return stepNo;
    }

    String decidedBy() {
        return decidedBy;
    }

    void decide(StepStatus outcome, String actor, Instant at, String decisionRemark) {
        status = outcome;
        decidedBy = actor;
        decidedAt = at;
        remark = decisionRemark;
    }

    Review.Step toStep() {
        return new Review.Step(stepNo, turn, rule, role, creditCheck, status);
    }

    io.orderflow.salesorder.api.ReviewStep toRecord(boolean due) {
        return new io.orderflow.salesorder.api.ReviewStep(stepNo, rule, role, status, decidedBy, decidedAt, remark, due);
    }
}
