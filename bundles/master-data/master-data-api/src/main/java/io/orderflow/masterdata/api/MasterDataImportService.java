package io.orderflow.masterdata.api;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** CSV files of master data, each taken all or nothing: one bad row and none is saved. */
@ProviderType
public interface MasterDataImportService {

    /** What a file holds. */
    enum Kind {
        /** {@code id,name,region,contactName,contactPhone,contactEmail,language,creditLimit,currency,paymentTerms,
         * deliveryLine1,deliveryLine2,deliveryCity,deliveryPostalCode,deliveryCountry,invoiceTrigger}; the
         * columns from language on may be left out. */
        CUSTOMERS,
        /** {@code code,name,unit,listPrice,currency,minLeadTimeDays,customAllowed,taxClass}; taxClass may be left out. */
        PRODUCTS,
        /** {@code code,name}. */
        REGIONS,
        /** {@code partner,kind,partnerItem,productCode,partnerUnit,packSize}: an {@link ItemIdKind} by name, in any
         * case; partnerUnit may be empty and packSize left out (1). Written by {@code integration}. */
        PARTNER_ITEMS,
        /** {@code partner,code,customer,name,deliveryLine1,deliveryLine2,deliveryCity,deliveryPostalCode,
         * deliveryCountry}; name may be empty, the delivery columns left out or empty together (the customer's
         * default address). Written by {@code integration}. */
        PARTNER_LOCATIONS,
        /** {@code user,department,manager}: the organisation ({@link OrgMember}); manager empty for the top. Written
         * by {@code admin}. */
        ORGANISATION;

        /**
         * The kind a user names, in any case and with {@code -} for {@code _}: {@code customers}, {@code products},
         * {@code regions}, {@code partner-items}, {@code partner-locations}, {@code organisation}.
         *
         * @throws ValidationException (field {@code kind}) for any other name
         */
        public static Kind named(String name) {
            for (Kind kind : values()) {
                if (name != null && kind.name().equalsIgnoreCase(name.replace('-', '_'))) {
                    return kind;
                }
            }
            throw new ValidationException("kind", "must be customers, products, regions, partner-items,"
                    + " partner-locations or organisation");
        }
    }

    /**
     * Saves every row of the file, or none.
     *
     * @param csv the file's text, with a header row
     * @return how many rows were saved
     * @throws io.orderflow.platform.api.error.ValidationException naming every problem with its row and column
     *         (fields {@code row 3 creditLimit}, say); nothing is saved then
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not write this kind: customers,
     *         products and regions take {@code sales-manager}, partner tables {@code integration}, the organisation
     *         {@code admin}; admin may write all
     */
    int importCsv(Kind kind, String csv, Actor actor);
}
