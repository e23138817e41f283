package io.orderflow.warehouse.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stock was reserved for an order (on confirmation, again after each revision, a count or an arrival); production plans
 * the missing part.
 *
 * @param revision the order's revision reserved for (1 when the order event named none)
 */
public record StockReserved(int revision, boolean fullyReserved, @Required List<Line> lines) implements EventPayload {

    public static final String TYPE = "warehouse/STOCK_RESERVED";

    /**
     * A line of the order and its reservation.
     *
     * @param specification the customer's specification, "" when none
     * @param missing       what is not reserved, for production to make
     */
    public record Line(int lineNo, String productCode, String specification, BigDecimal ordered, BigDecimal reserved,
                       BigDecimal missing, List<Allocation> allocations) {
    }

    /** The quantity of a line reserved in one warehouse. */
    public record Allocation(String warehouse, BigDecimal quantity) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
