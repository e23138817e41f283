package io.orderflow.production.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.time.LocalDate;

/**
 * The projected completion of a sales order passed its promised delivery date.
 *
 * @param orderNumber the sales order
 * @param oldDate     the promised date
 * @param newDate     the projected completion
 */
public record ProductionDelayed(@Required String orderNumber, @Required LocalDate oldDate, @Required LocalDate newDate,
                                @Required String reason) implements EventPayload {

    public static final String TYPE = "production/DELAYED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
