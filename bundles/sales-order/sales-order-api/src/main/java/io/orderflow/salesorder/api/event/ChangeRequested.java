package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change of the order was asked for; production assesses it
 * ({@code io.orderflow.production.api.event.ChangeAssessed}).
 *
 * @param requestedDelivery the new delivery date asked for, null (written "") when unchanged
 */
public record ChangeRequested(long changeId, LocalDate requestedDelivery, List<Line> lines, String reason)
        implements EventPayload {

    public static final String TYPE = "sales-order/CHANGE_REQUESTED";

    /**
     * A line the change touches.
     *
     * @param quantity      the new quantity, null (written "") when unchanged
     * @param specification the new specification, "" when unchanged
     */
    public record Line(int lineNo, BigDecimal quantity, String specification) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
