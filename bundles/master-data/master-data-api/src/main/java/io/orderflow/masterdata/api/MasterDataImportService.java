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
        REGIONS;

        /**
         * The kind a user names, in any case: {@code customers}, {@code products}, {@code regions}.
         *
         * @throws ValidationException (field {@code kind}) for any other name
         */
        public static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(name)) {
                    return kind;
                }
            }
            throw new ValidationException("kind", "must be customers, products or regions");
        }
    }

    /**
     * Saves every row of the file, or none.
     *
     * @param csv the file's text, with a header row
     * @return how many rows were saved
     * @throws io.orderflow.platform.api.error.ValidationException naming every problem with its row and column
     *         (fields {@code row 3 creditLimit}, say); nothing is saved then
     */
    int importCsv(Kind kind, String csv, Actor actor);
}
