package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A carrier's event kept in a shipment's history, with the carrier's local time as given. */
@Entity
@Table(schema = "LOGISTICS", name = "TRACKING_EVENT")
public class TrackingEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "SHIPMENT_ID")
    private String shipmentId;
    @Column(name = "TRACKING_NUMBER")
    private String trackingNumber;
    @Column(name = "CARRIER")
    private String carrier;
    @Column(name = "PROVIDER_EVENT_ID")
    private String providerEventId;
    @Column(name = "CODE")
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "MILESTONE")
    private Milestone milestone;
    @Column(name = "FLAGS")
    private String flags;
    @Column(name = "LOCAL_TIME")
    private String localTime;
    @Column(name = "OFFSET_SECONDS")
    private Integer offsetSeconds;
    @Enumerated(EnumType.STRING)
    @Column(name = "ZONE_SOURCE")
    private ZoneSource zoneSource;
    @Column(name = "OCCURRED_AT")
    private Timestamp occurredAt;
    @Column(name = "RECEIVED_AT")
    private Timestamp receivedAt;
    @Column(name = "LOCATION")
    private String location;
    @Column(name = "DESCRIPTION")
    private String description;
    @Column(name = "SIGNER")
    private String signer;
    @Column(name = "PROOF_OF_DELIVERY")
    private boolean proofOfDelivery;
    @Column(name = "TIME_KEY")
    private String timeKey;

    protected TrackingEventEntity() {
    }

    /** @param timeKey the time part of the event's dedupe key (TrackingState.timeKey) */
    public TrackingEventEntity(String shipmentId, TrackingEvent event, String timeKey) {
        this.shipmentId = shipmentId;
        this.trackingNumber = event.trackingNumber();
        this.carrier = event.carrier();
        this.providerEventId = event.providerEventId();
        this.code = event.code();
        this.milestone = event.milestone();
        this.flags = TrackingFlags.text(event.flags());
        this.localTime = event.localTime() == null ? null : event.localTime().toString();
        this.offsetSeconds = event.offsetSeconds();
        this.zoneSource = event.zoneSource();
        Instant instant = event.instant();
        this.occurredAt = instant == null ? null : Timestamp.from(instant);
        this.receivedAt = Timestamp.from(event.receivedAt());
        this.location = event.location();
        this.description = event.description();
        this.signer = event.signer();
        this.proofOfDelivery = event.proofOfDelivery();
        this.timeKey = timeKey;
    }

    public String shipmentId() {
        return shipmentId;
    }

    public TrackingEvent toRecord() {
        Set<TrackingFlag> flagSet = TrackingFlags.parse(flags);
        return new TrackingEvent(carrier, trackingNumber, providerEventId, code, milestone, flagSet,
                localTime == null ? null : LocalDateTime.parse(localTime), offsetSeconds, zoneSource, location,
                description, signer, proofOfDelivery, receivedAt.toInstant());
    }
}
