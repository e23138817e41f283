package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;

/** The review ended with a rejection. */
public record OrderRejected(String role, String actor, String reason) implements EventPayload {

    public static final String TYPE = "sales-order/REJECTED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
