package io.orderflow.masterdata.internal.jpa;

import io.orderflow.platform.api.Address;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A delivery address in the {@code DELIVERY_*} columns of its table, every column null for none. */
@Embeddable
public class DeliveryColumns {

    @Column(name = "DELIVERY_LINE1")
    private String line1;
    @Column(name = "DELIVERY_LINE2")
    private String line2;
    @Column(name = "DELIVERY_CITY")
    private String city;
    @Column(name = "DELIVERY_POSTAL_CODE")
    private String postalCode;
    @Column(name = "DELIVERY_COUNTRY")
    private String country;

    protected DeliveryColumns() {
    }

    /** @param address may be null */
    static DeliveryColumns of(Address address) {
        DeliveryColumns columns = new DeliveryColumns();
        if (address != null) {
            columns.line1 = address.line1();
            columns.line2 = address.line2();
            columns.city = address.city();
            columns.postalCode = address.postalCode();
            columns.country = address.country();
        }
        return columns;
    }

    /** @param columns as read; EclipseLink leaves an embedded object null when all its columns are */
    static Address address(DeliveryColumns columns) {
        return columns == null || columns.line1 == null ? null
                : new Address(columns.line1, columns.line2, columns.city, columns.postalCode, columns.country);
    }
}
