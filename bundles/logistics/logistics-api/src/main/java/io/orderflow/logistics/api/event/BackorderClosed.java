package io.orderflow.logistics.api.event;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * What was open on the order's lines was closed without shipping (CANCEL_REST), by a user with a reason.
 *
 * @param actor  the user who decided it
 * @param closed what this decision closed
 */
public record BackorderClosed(@Required String reason, String actor, @Required List<Closed> closed,
                              @Required List<LineProgress> lines, @Required OrderStage stage) implements EventPayload {

    public static final String TYPE = "logistics/BACKORDER_CLOSED";

    /**
     * What this decision closed of a line; the warehouse gives its reservation back.
     *
     * @param specification the customer's specification, "" when none
     */
    public record Closed(int lineNo, String productCode, String specification, BigDecimal quantity) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
