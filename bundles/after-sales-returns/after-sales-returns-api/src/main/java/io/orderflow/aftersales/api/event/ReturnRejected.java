package io.orderflow.aftersales.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;

/** The return was rejected, with the reason the customer is told. */
public record ReturnRejected(@Required String orderNumber, String customerId, @Required String reason)
        implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_REJECTED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
