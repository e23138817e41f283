package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A confirmed change became a new revision of the order.
 *
 * @param revision the new revision; null in events written before it was carried (read as 1)
 */
public record OrderRevised(long changeId, Integer revision, LocalDate requestedDelivery, BigDecimal total,
                           String currency, @Required List<OrderedLine> lines) implements EventPayload {

    public static final String TYPE = "sales-order/REVISED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
