package io.orderflow.production.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.time.LocalDate;

/**
 * Production's answer to a change request of a sales order.
 *
 * @param changeId          the change request answered
 * @param projectedDelivery when the changed order would be made, null (written "") when not feasible
 */
public record ChangeAssessed(@Required Long changeId, boolean feasible, LocalDate projectedDelivery, String remark)
        implements EventPayload {

    public static final String TYPE = "production/CHANGE_ASSESSED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
