package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;
import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The prepayments recorded on orders in sales before the finance department kept the payments. Finance imports them
 * once, as payments verified by the actor {@code migration}; sales records no more.
 */
@ProviderType
public interface RecordedPrepayments {

    /** Every prepayment sales recorded, oldest first. */
    List<Recorded> recorded();

    /**
     * @param id         sales' own id of the record, unique and stable
     * @param reference  the bank or receipt reference as it was entered
     * @param recordedBy the finance user who recorded it in sales
     */
    record Recorded(long id, String orderNumber, String customerId, Money amount, String reference,
                    Instant recordedAt, String recordedBy) {
    }
}
