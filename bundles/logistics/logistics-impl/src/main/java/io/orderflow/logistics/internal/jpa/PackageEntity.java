package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.Parcel;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A package of a dispatched shipment; its generated id is the serial of its SSCC. */
@Entity
@Table(schema = "LOGISTICS", name = "PACKAGE")
public class PackageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "SHIPMENT_ID")
    private String shipmentId;
    @Column(name = "CARRIER")
    private String carrier;
    @Column(name = "TRACKING_NUMBER")
    private String trackingNumber;
    @Column(name = "SSCC")
    private String sscc;

    protected PackageEntity() {
    }

    public PackageEntity(String shipmentId, String carrier, String trackingNumber) {
        this.shipmentId = shipmentId;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }

    /** The generated id; set once the package is flushed. */
    public long id() {
        return id;
    }

    public void sscc(String sscc) {
        this.sscc = sscc;
    }

    public Parcel toRecord() {
        return new Parcel(carrier, trackingNumber, sscc);
    }
}
