package io.orderflow.masterdata.internal.jpa;

/** An entity holding one master data record (a customer, a product, a region, a partner's item or location). */
public interface MasterDataEntity<R> {

    /** Takes every field of the record. */
    void update(R record);

    R toRecord();
}
