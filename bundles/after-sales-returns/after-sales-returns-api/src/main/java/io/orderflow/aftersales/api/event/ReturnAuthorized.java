package io.orderflow.aftersales.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;

/** The return was authorised under its RMA number; the customer may send the goods. */
public record ReturnAuthorized(@Required String orderNumber, String customerId, @Required String rma, String notice)
        implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_AUTHORIZED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
