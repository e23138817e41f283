package io.orderflow.aftersales.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;

/** Refunded lines are settled: credited by the credit note, and paid back when money was owed back. */
public record Refunded(@Required String orderNumber, @Required String rma, @Required String creditNote)
        implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_REFUNDED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
