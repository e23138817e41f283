package io.orderflow.logistics.api;

import io.orderflow.platform.api.Money;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Says whether an order's payment terms let it ship (domain.md §5): verified payment, credit within its limit, the
 * approved ship-before-payment exception, or a replacement order of an exchange, which ships without payment. Finance provides it; logistics asks it before each shipment and, with no
 * provider running, treats the order as not released, never guessing.
 */
@ConsumerType
public interface ShipmentRelease {

    /**
     * @param request what logistics knows of the order about to ship
     * @return the decision with the rule that made it
     */
    ReleaseDecision decide(Request request);

    /**
     * @param shipBeforePayment the order carries the ship-before-payment request
     */
    record Request(String orderNumber, String customerId, String paymentTerms, Money orderTotal,
                   boolean shipBeforePayment) {
    }

    /**
     * @param released true when the order may ship
     * @param rule     the rule that allowed or refused it, e.g. {@code PAYMENT_VERIFIED}, {@code CREDIT_WITHIN_LIMIT},
     *                 {@code SHIP_BEFORE_PAYMENT}, {@code REPLACEMENT}
     * @param reason   in words, for the user and the audit trail
     */
    record ReleaseDecision(boolean released, String rule, String reason) {
    }
}
