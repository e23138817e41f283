package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.ExpenseDecision;
import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One step's decision on an expense claim: kept, never changed. */
@Embeddable
public class ExpenseDecisionEmbeddable {

    @Column(name = "SEQ")
    private int seq;
    @Column(name = "STEP")
    private String step;
    @Column(name = "DECISION")
    private String decision;
    @Column(name = "DECIDED_BY")
    private String by;
    @Column(name = "ROLE")
    private String role;
    @Column(name = "DECIDED_AT")
    private Timestamp at;
    @Column(name = "REASON")
    private String reason;

    protected ExpenseDecisionEmbeddable() {
    }

    public ExpenseDecisionEmbeddable(int seq, ExpenseClaim.Decided decided) {
        this.seq = seq;
        this.step = decided.step().name();
        this.decision = decided.decision().name();
        this.by = decided.by();
        this.role = decided.role();
        this.at = Timestamp.from(decided.at());
        this.reason = decided.reason();
    }

    public int seq() {
        return seq;
    }

    public ExpenseClaim.Decided toDecided() {
        return new ExpenseClaim.Decided(ExpenseClaim.Step.valueOf(step), ExpenseDecision.Decision.valueOf(decision),
                by, role, at.toInstant(), reason);
    }
}
