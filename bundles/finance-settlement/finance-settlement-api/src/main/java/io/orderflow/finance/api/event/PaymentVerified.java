package io.orderflow.finance.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment was verified: its money counts from now on. Production starts a prepaid order whose {@code prepaid} is
 * true (asking finance's PaymentGate again before it does). The aggregate id is the payment's.
 *
 * @param allocations where its money went
 * @param orders      each order it paid, as it stands after it
 */
public record PaymentVerified(@Required String payment, @Required String customerId, @Required String currency,
                              @Required BigDecimal amount, @Required LocalDate verifiedOn,
                              List<Allocated> allocations, List<OrderPaid> orders) implements EventPayload {

    public static final String TYPE = "finance/PAYMENT_VERIFIED";

    /** So much of the payment to one document. */
    public record Allocated(String document, BigDecimal amount) {
    }

    /** An order the payment paid: its prepayment due, what is paid of it in all, and whether that covers it. */
    public record OrderPaid(String orderNumber, BigDecimal prepaymentDue, BigDecimal paid, boolean prepaid) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
