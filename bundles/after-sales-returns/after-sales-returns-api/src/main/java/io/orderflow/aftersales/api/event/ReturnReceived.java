package io.orderflow.aftersales.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.util.List;

/** Goods of the return came back into quarantine. */
public record ReturnReceived(@Required String orderNumber, @Required String rma, @Required String warehouse,
                             @Required List<Line> lines) implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_RECEIVED";

    /** So much of the order's line {@code lineNo}. */
    public record Line(int lineNo, String productCode, BigDecimal quantity) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
