package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every approval was given: the order is confirmed.
 *
 * @param region            the customer's region, where the warehouse reserves its stock
 * @param revision          the order's revision; null in events written before it was carried (read as 1)
 * @param paymentTerms      e.g. {@code NET30}
 * @param custom            a non-standard product
 * @param prepaymentPercent the share of the total the terms ask to be prepaid before production ({@code PREPAY_<n>}),
 *                          0 for other terms; finance adds its own rule for custom orders
 */
public record OrderConfirmed(String customerId, @Required String region, Integer revision, BigDecimal total,
                             String currency, String paymentTerms, boolean custom, LocalDate requestedDelivery,
                             int prepaymentPercent, @Required List<OrderedLine> lines) implements EventPayload {

    public static final String TYPE = "sales-order/CONFIRMED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
