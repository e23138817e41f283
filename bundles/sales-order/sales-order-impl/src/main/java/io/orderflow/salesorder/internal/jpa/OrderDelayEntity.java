package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.DelayReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "SALES_ORDER", name = "ORDER_DELAY")
public class OrderDelayEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "EVENT_ID")
    private String eventId;
    @Column(name = "PROMISED_DATE")
    private LocalDate promisedDate;
    @Column(name = "NEW_DATE")
    private LocalDate newDate;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "REPORTED_AT")
    private Instant reportedAt;
    @Column(name = "NOTICE_DUE_AT")
    private Instant noticeDueAt;
    @Column(name = "NOTIFIED_AT")
    private Instant notifiedAt;
    @Column(name = "NOTIFIED_BY")
    private String notifiedBy;
    @Column(name = "COMPENSATION")
    private String compensation;

    protected OrderDelayEntity() {
    }

    public OrderDelayEntity(String orderNumber, UUID eventId, LocalDate promisedDate, LocalDate newDate, String reason,
                            Instant reportedAt, Instant noticeDueAt) {
        this.orderNumber = orderNumber;
        this.eventId = eventId.toString();
        this.promisedDate = promisedDate;
        this.newDate = newDate;
        this.reason = reason;
        this.reportedAt = reportedAt;
        this.noticeDueAt = noticeDueAt;
    }

    public LocalDate newDate() {
        return newDate;
    }

    public String reason() {
        return reason;
    }

    /** The customer was told. */
    public void notified(String actor, Instant at, String offered) {
        notifiedBy = actor;
        notifiedAt = at;
        compensation = offered;
    }

    DelayReport toRecord(String customerId) {
        return new DelayReport(orderNumber, customerId, promisedDate, newDate, reason, reportedAt, noticeDueAt);
    }
}
