package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.TimelineEntry;
import java.time.Instant;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "SALES_ORDER", name = "ORDER_TIMELINE")
public class TimelineEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "POSITION")
    private long position;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "EVENT_ID")
    private String eventId;
    @Column(name = "EVENT_TYPE")
    private String type;
    @Column(name = "OCCURRED_AT")
    private Instant occurredAt;
    @Column(name = "SUMMARY")
    private String summary;

    protected TimelineEntryEntity() {
    }

    public TimelineEntryEntity(String orderNumber, UUID eventId, String type, Instant occurredAt, String summary) {
        this.orderNumber = orderNumber;
        this.eventId = eventId.toString();
        this.type = type;
        this.occurredAt = occurredAt;
        this.summary = summary;
    }

    public TimelineEntry toRecord() {
        return new TimelineEntry(UUID.fromString(eventId), type, occurredAt, summary);
    }
}
