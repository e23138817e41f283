package io.orderflow.warehouse.api.event;

import io.orderflow.platform.api.event.EventPayload;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order's reservations were released (the order was cancelled).
 *
 * @param reason the cancellation's, "" when none
 */
public record StockReleased(String reason, List<Line> lines) implements EventPayload {

    public static final String TYPE = "warehouse/STOCK_RELEASED";

    /** What a line of the order gave back. */
    public record Line(int lineNo, String productCode, BigDecimal released) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
