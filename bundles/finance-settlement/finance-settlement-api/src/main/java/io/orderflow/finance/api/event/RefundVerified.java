package io.orderflow.finance.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A refund was verified: so much was paid back to the customer against a credit note (for the ERP's postings). The
 * aggregate id is the refund's, as a payment's events have the payment's.
 *
 * @param paidOn when the money went
 */
public record RefundVerified(@Required String refund, @Required String creditNote, @Required String invoice,
                             @Required String customerId, @Required String currency, @Required BigDecimal amount,
                             @Required LocalDate paidOn, @Required LocalDate verifiedOn) implements EventPayload {

    public static final String TYPE = "finance/REFUND_VERIFIED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
