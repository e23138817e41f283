package io.orderflow.production.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;

/**
 * Units of a production order passed quality inspection; the warehouse receives them into stock for the order (a
 * rework order's, whose aggregate id is its reference and whose line is 0, into stock on hand for no order).
 *
 * @param reference names the receipt, unique per inspection
 * @param inspector who inspected
 */
public record QualityPassed(long productionOrder, int lineNo, @Required String product, @Required BigDecimal quantity,
                            @Required String reference, @Required String inspector) implements EventPayload {

    public static final String TYPE = "production/QUALITY_PASSED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
