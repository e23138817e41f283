package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.Channel;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new order was accepted at intake.
 *
 * @param reviewSteps the roles of its review steps, in order
 */
public record OrderReceived(String customerId, String customerPo, Channel channel, BigDecimal total, String currency,
                            List<OrderedLine> lines, List<String> reviewSteps) implements EventPayload {

    public static final String TYPE = "sales-order/RECEIVED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
