package io.orderflow.production.api.event;

import io.orderflow.platform.api.event.EventPayload;
import java.math.BigDecimal;
import java.util.List;

/** Production orders of a sales order were released to the shop floor. */
public record ProductionStarted(List<Order> productionOrders) implements EventPayload {

    public static final String TYPE = "production/STARTED";

    /**
     * A released production order.
     *
     * @param id     the production order's id
     * @param lineNo the sales order line it makes
     */
    public record Order(long id, int lineNo, String product, BigDecimal quantity) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
