package io.orderflow.production.internal.jpa;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A work centre down after a breakdown report. */
@Entity
@Table(schema = "PRODUCTION", name = "DOWNTIME")
public class DowntimeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "WORK_CENTRE")
    private String workCentre;
    @Column(name = "FROM_DAY")
    private LocalDate from;
    @Column(name = "TO_DAY")
    private LocalDate to;
    @Column(name = "REASON")
    private String reason;

    protected DowntimeEntity() {
    }

    public DowntimeEntity(String workCentre, LocalDate from, LocalDate to, String reason) {
        this.workCentre = workCentre;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public String workCentre() {
        return workCentre;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
