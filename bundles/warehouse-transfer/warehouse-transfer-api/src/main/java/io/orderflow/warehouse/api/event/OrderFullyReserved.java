package io.orderflow.warehouse.api.event;

import io.orderflow.platform.api.event.EventPayload;
import java.util.List;

/**
 * Every line of the order is reserved in full.
 *
 * @param warehouses the codes of the warehouses holding its reservations, sorted
 */
public record OrderFullyReserved(List<String> warehouses) implements EventPayload {

    public static final String TYPE = "warehouse/ORDER_FULLY_RESERVED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
