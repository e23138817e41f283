package io.orderflow.salesorder.internal.jpa;

/** An entity holding one master data record (a customer, a product). */
public interface MasterDataEntity<R> {

    /** Takes every field of the record. */
    void update(R record);

    R toRecord();
}
