package io.orderflow.finance.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What production asks before it starts a prepaid or custom order: is its prepayment verified. Production holds it
 * dynamically; while finance is away, the answer is "not yet", never a guess.
 */
@ProviderType
public interface PaymentGate {

    /** The order's money, or empty when finance has not heard of the order (not confirmed yet). */
    Optional<OrderSettlement> settlement(String orderNumber);
}
