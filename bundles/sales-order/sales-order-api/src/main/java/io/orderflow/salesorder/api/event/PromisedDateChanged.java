package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.time.LocalDate;

/**
 * The customer was told of a production delay and the order has a new promised delivery date.
 *
 * @param reason       production's reason for the delay
 * @param compensation what the customer was offered, "" when nothing
 */
public record PromisedDateChanged(LocalDate oldDate, @Required LocalDate newDate, String reason, String compensation,
                                  String actor) implements EventPayload {

    public static final String TYPE = "sales-order/PROMISED_DATE_CHANGED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
