package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import java.math.BigDecimal;

/**
 * Finance recorded a prepayment of the order in sales, before the finance department kept the payments. No longer
 * written (finance imported these, and appends {@code finance/PAYMENT_VERIFIED}); read for the timelines of the orders
 * that have it.
 *
 * @param received  the total received so far
 * @param satisfied whether that is enough for production to start
 */
public record PrepaymentRecorded(BigDecimal amount, String currency, String reference, BigDecimal received,
                                 boolean satisfied) implements EventPayload {

    public static final String TYPE = "sales-order/PREPAYMENT_RECORDED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
