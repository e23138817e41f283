package io.orderflow.warehouse.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.warehouse.api.TransferStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stock transfer reached a status: one event type per status, {@code warehouse/TRANSFER_<STATUS>} (e.g.
 * {@code warehouse/TRANSFER_PROPOSED}, {@code …_SHIPPED}); the aggregate id is the transfer id.
 *
 * @param remark          "" when none
 * @param expectedArrival once shipped; null (written "") before
 */
public record TransferChanged(String product, String from, String to, BigDecimal quantity, TransferStatus status,
                              String actor, String remark, LocalDate expectedArrival) implements EventPayload {

    /** What every transfer event type starts with. */
    public static final String TYPE_PREFIX = "warehouse/TRANSFER_";

    /** The event type of a transfer reaching {@code status}. */
    public static String type(TransferStatus status) {
        return TYPE_PREFIX + status.name();
    }

    @Override
    public String eventType() {
        return type(status);
    }
}
