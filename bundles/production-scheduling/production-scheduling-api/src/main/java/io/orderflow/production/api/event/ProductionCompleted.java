package io.orderflow.production.api.event;

import io.orderflow.platform.api.event.EventPayload;
import java.math.BigDecimal;

/**
 * Every unit of a production order passed inspection.
 *
 * @param quantity the units that passed
 */
public record ProductionCompleted(long productionOrder, int lineNo, String product, BigDecimal quantity)
        implements EventPayload {

    public static final String TYPE = "production/COMPLETED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
