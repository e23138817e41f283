package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@IdClass(PartnerItemEntity.Key.class)
@Table(schema = "MASTER_DATA", name = "PARTNER_ITEM")
public class PartnerItemEntity implements MasterDataEntity<PartnerItem> {

    /** The id of a cross-reference line: partner, kind (by name) and the partner's item number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partner;
        private String kind;
        private String partnerItem;

        public Key() {
        }

        public Key(String partner, ItemIdKind kind, String partnerItem) {
            this.partner = partner;
            this.kind = kind.name();
            this.partnerItem = partnerItem;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(partner, key.partner) && Objects.equals(kind, key.kind)
                    && Objects.equals(partnerItem, key.partnerItem);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partner, kind, partnerItem);
        }

        /** The audit subject, e.g. {@code ACME UPC 012345678905}. */
        @Override
        public String toString() {
            return partner + " " + kind + " " + partnerItem;
        }
    }

    @Id
    @Column(name = "PARTNER")
    private String partner;
    @Id
    @Column(name = "KIND")
    private String kind;
    @Id
    @Column(name = "PARTNER_ITEM")
    private String partnerItem;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "PARTNER_UNIT")
    private String partnerUnit;
    @Column(name = "PACK_SIZE")
    private int packSize;

    protected PartnerItemEntity() {
    }

    public PartnerItemEntity(Key key) {
        this.partner = key.partner;
        this.kind = key.kind;
        this.partnerItem = key.partnerItem;
    }

    @Override
    public void update(PartnerItem item) {
        productCode = item.productCode();
        partnerUnit = item.partnerUnit();
        packSize = item.packSize();
    }

    @Override
    public PartnerItem toRecord() {
        return new PartnerItem(partner, ItemIdKind.valueOf(kind), partnerItem, productCode, partnerUnit, packSize);
    }
}
