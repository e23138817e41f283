package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.OrderStatus;

/** The order was cancelled. */
public record OrderCancelled(String reason, String actor, OrderStatus previousStatus) implements EventPayload {

    public static final String TYPE = "sales-order/CANCELLED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
