package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.io.Reader;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Bulk intake (docs/business-rules.md §2.1): a CSV file of orders, one row per order line. Rows with the same
 * customerId and customerPo form one order, which goes through the same intake as any other channel (channel FILE) and
 * is saved whole or not at all; the report says for every row what became of it.
 *
 * <p>Columns, by header name in any order: customerId, customerPo, requestedDelivery, deliveryLine1, deliveryCity,
 * deliveryCountry, productCode, quantity, unitPrice, currency (required); deliveryLine2, deliveryPostalCode,
 * paymentTerms, type, custom, installation, shipBeforePayment (true/false), policyException, contactName,
 * contactPhone, contactEmail, specification (optional). The order's own columns must agree on all its rows.
 */
@ProviderType
public interface OrderImportService {

    /** At most this many rows in one file: larger files are split by the sender. */
    int MAX_ROWS = 10_000;

    /**
     * @throws io.orderflow.platform.api.error.ValidationException when the file as a whole cannot be read: columns
     *                                                             missing, no rows, too many rows; nothing is saved
     */
    ImportReport importCsv(Reader csv, Actor actor);
}
