package io.orderflow.finance.api.event;

import io.orderflow.finance.api.event.PaymentVerified.Allocated;
import io.orderflow.finance.api.event.PaymentVerified.OrderPaid;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * A verified payment bounced: what it paid is open again. Production holds back an order not started yet whose
 * {@code prepaid} is now false. The aggregate id is the payment's.
 *
 * @param allocations what it had paid, now undone
 * @param orders      each order it had paid, as it stands after the reversal
 */
public record PaymentReversed(@Required String payment, @Required String customerId, @Required String currency,
                              @Required BigDecimal amount, @Required String reason, List<Allocated> allocations,
                              List<OrderPaid> orders) implements EventPayload {

    public static final String TYPE = "finance/PAYMENT_REVERSED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
