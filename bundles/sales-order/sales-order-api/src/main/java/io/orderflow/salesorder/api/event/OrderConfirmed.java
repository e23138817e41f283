package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every approval was given: the order is confirmed. A replacement order (after-sales' exchange) is confirmed at once,
 * zero-priced, with {@code type} REPLACEMENT and the order it replaces goods of.
 *
 * @param region            the customer's region, where the warehouse reserves its stock
 * @param revision          the order's revision; null in events written before it was carried (read as 1)
 * @param paymentTerms      e.g. {@code NET30}
 * @param custom            a non-standard product
 * @param prepaymentPercent the share of the total the terms ask to be prepaid before production ({@code PREPAY_<n>}),
 *                          0 for other terms and for a replacement; finance adds its own rule for custom orders
 * @param type              the order's {@link io.orderflow.salesorder.api.OrderType} by name; null in events written
 *                          before it was carried (a customer or stock-up order)
 * @param replacementFor    a replacement's original order number; null for other orders and in older events
 */
public record OrderConfirmed(String customerId, @Required String region, Integer revision, BigDecimal total,
                             String currency, String paymentTerms, boolean custom, LocalDate requestedDelivery,
                             int prepaymentPercent, @Required List<OrderedLine> lines, String type,
                             String replacementFor) implements EventPayload {

    public static final String TYPE = "sales-order/CONFIRMED";

    /** The codec writes an absent text as "" and reads "" back as "": both are absent here. */
    public OrderConfirmed {
        type = type == null || type.isBlank() ? null : type;
        replacementFor = replacementFor == null || replacementFor.isBlank() ? null : replacementFor;
    }

    /** A confirmation that says nothing of the order's type, as written before 2.1. */
    public OrderConfirmed(String customerId, String region, Integer revision, BigDecimal total, String currency,
                          String paymentTerms, boolean custom, LocalDate requestedDelivery, int prepaymentPercent,
                          List<OrderedLine> lines) {
        this(customerId, region, revision, total, currency, paymentTerms, custom, requestedDelivery,
                prepaymentPercent, lines, null, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
