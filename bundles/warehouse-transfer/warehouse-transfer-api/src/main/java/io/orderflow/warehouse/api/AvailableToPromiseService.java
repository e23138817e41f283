package io.orderflow.warehouse.api;

import io.orderflow.platform.api.security.Actor;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What can be promised by a date, for sales and production; and the receipts they expect. */
@ProviderType
public interface AvailableToPromiseService {

    /**
     * @param warehouse null for all warehouses
     * @param date      today or later
     * @throws io.orderflow.platform.api.error.ValidationException for an unknown product or warehouse, a past date
     */
    PromiseFigure availableToPromise(String product, String warehouse, LocalDate date);

    /**
     * Announces goods to arrive, with an audit entry.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    ExpectedReceipt expectReceipt(ReceiptNotice notice, Actor actor);

    /** The open expected receipts of a product (all products when null), earliest first. */
    List<ExpectedReceipt> expectedReceipts(String product);
}
