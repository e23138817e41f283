package io.orderflow.aftersales.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;

/** The replacement of exchanged goods was dispatched to the customer. */
public record ExchangeShipped(@Required String orderNumber, @Required String rma, @Required String replacementOrder,
                              @Required String shipment) implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_EXCHANGE_SHIPPED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
