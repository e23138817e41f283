package io.orderflow.aftersales.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;

/** Every line of the return has its goods back, inspected and its remedy done. */
public record ReturnClosed(@Required String orderNumber, @Required String rma) implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_CLOSED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
