package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.OrderStatus;

/** The order was put on hold. */
public record OrderHeld(String reason, String actor, OrderStatus previousStatus) implements EventPayload {

    public static final String TYPE = "sales-order/HELD";

    @Override
    public String eventType() {
        return TYPE;
    }
}
