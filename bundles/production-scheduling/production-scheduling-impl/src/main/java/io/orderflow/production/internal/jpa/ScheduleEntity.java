package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.ScheduleState;
import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** The one current schedule proposal; its rows are locked by whoever recomputes or approves it. */
@Entity
@Table(schema = "PRODUCTION", name = "SCHEDULE")
public class ScheduleEntity {

    public static final int CURRENT = 1;

    @Id
    @Column(name = "ID")
    private int id;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE")
    private ScheduleState state;
    @Column(name = "COMPUTED_AT")
    private Timestamp computedAt;
    @Column(name = "APPROVED_BY")
    private String approvedBy;

    protected ScheduleEntity() {
    }

    public ScheduleEntity(Instant at) {
        this.id = CURRENT;
        this.state = ScheduleState.APPROVED;
        this.computedAt = Timestamp.from(at);
    }

    public ScheduleState state() {
        return state;
    }

    public Instant computedAt() {
        return computedAt.toInstant();
    }

    public String approvedBy() {
        return approvedBy;
    }

    public void computed(ScheduleState newState, Instant at) {
        state = newState;
        computedAt = Timestamp.from(at);
    }

    public void approved(String actor) {
        state = ScheduleState.APPROVED;
        approvedBy = actor;
    }
}
