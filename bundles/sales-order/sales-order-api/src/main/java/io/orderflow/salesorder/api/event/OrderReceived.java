package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.Channel;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new order was accepted at intake, or a replacement order placed for an exchange.
 *
 * @param reviewSteps    the roles of its review steps, in order (none for a replacement)
 * @param type           the order's {@link io.orderflow.salesorder.api.OrderType} by name; null in events written
 *                       before it was carried
 * @param replacementFor a replacement's original order number; null for other orders and in older events
 */
public record OrderReceived(String customerId, String customerPo, Channel channel, BigDecimal total, String currency,
                            List<OrderedLine> lines, List<String> reviewSteps, String type, String replacementFor)
        implements EventPayload {

    public static final String TYPE = "sales-order/RECEIVED";

    /** The codec writes an absent text as "" and reads "" back as "": both are absent here. */
    public OrderReceived {
        type = type == null || type.isBlank() ? null : type;
        replacementFor = replacementFor == null || replacementFor.isBlank() ? null : replacementFor;
    }

    /** A receipt that says nothing of the order's type, as written before 2.1. */
    public OrderReceived(String customerId, String customerPo, Channel channel, BigDecimal total, String currency,
                         List<OrderedLine> lines, List<String> reviewSteps) {
        this(customerId, customerPo, channel, total, currency, lines, reviewSteps, null, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
