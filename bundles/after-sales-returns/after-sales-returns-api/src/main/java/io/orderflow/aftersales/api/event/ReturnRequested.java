package io.orderflow.aftersales.api.event;

import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.util.List;

/** A customer's return was recorded: what comes back of the order, why, and the remedy asked. */
public record ReturnRequested(@Required String orderNumber, String customerId, ReturnReason reason, Remedy remedyAsked,
                              @Required List<Line> lines) implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_REQUESTED";

    /** So much of the order's line {@code lineNo}. */
    public record Line(int lineNo, String productCode, BigDecimal quantity) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
