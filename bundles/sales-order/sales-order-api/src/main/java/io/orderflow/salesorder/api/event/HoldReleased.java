package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.OrderStatus;

/**
 * The hold on the order was lifted.
 *
 * @param status the status the order went back to
 */
public record HoldReleased(String actor, OrderStatus status) implements EventPayload {

    public static final String TYPE = "sales-order/RELEASED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
