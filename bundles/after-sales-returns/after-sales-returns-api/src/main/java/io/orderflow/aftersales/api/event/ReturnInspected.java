package io.orderflow.aftersales.api.event;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.Disposition;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.util.List;

/** Quality inspected returned goods: the cause found and what became of them. */
public record ReturnInspected(@Required String orderNumber, @Required String rma, @Required List<Finding> findings)
        implements EventPayload {

    public static final String TYPE = "after-sales/RETURN_INSPECTED";

    /** What inspection found for a quantity of a line, and its disposition. */
    public record Finding(int lineNo, String productCode, BigDecimal quantity, Cause cause, Disposition disposition) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
