package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.PartnerLocation;
import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@IdClass(PartnerLocationEntity.Key.class)
@Table(schema = "MASTER_DATA", name = "PARTNER_LOCATION")
public class PartnerLocationEntity implements MasterDataEntity<PartnerLocation> {

    /** The id of a location: partner and its location code. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partner;
        private String code;

        public Key() {
        }

        public Key(String partner, String code) {
            this.partner = partner;
            this.code = code;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(partner, key.partner) && Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partner, code);
        }

        /** The audit subject, e.g. {@code ACME 1042}. */
        @Override
        public String toString() {
            return partner + " " + code;
        }
    }

    @Id
    @Column(name = "PARTNER")
    private String partner;
    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "NAME")
    private String name;
    @Embedded
    private DeliveryColumns delivery;

    protected PartnerLocationEntity() {
    }

    public PartnerLocationEntity(Key key) {
        this.partner = key.partner;
        this.code = key.code;
    }

    @Override
    public void update(PartnerLocation location) {
        customerId = location.customerId();
        name = location.name();
        delivery = DeliveryColumns.of(location.deliveryAddress());
    }

    @Override
    public PartnerLocation toRecord() {
        return new PartnerLocation(partner, code, customerId, name, DeliveryColumns.address(delivery));
    }
}
