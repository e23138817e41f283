package io.orderflow.itest.subscriber.internal;

import io.orderflow.logistics.api.ShipmentRelease;
import org.osgi.service.component.annotations.Component;

/**
 * Stands in for finance's shipment release in the integration tests, until the finance department provides it: an
 * order on prepayment ({@code PREPAY_…} terms) waits for a payment nobody here verifies; any other is released, by
 * the rule {@code test}. Ranked above the demo's release, which the distribution under test also runs.
 */
@Component(property = "service.ranking:Integer=100")
public final class TestShipmentRelease implements ShipmentRelease {

    static final String RULE = "test";

    @Override
    public ReleaseDecision decide(Request request) {
        if (request.paymentTerms() != null && request.paymentTerms().startsWith("PREPAY")) {
            return new ReleaseDecision(false, RULE, "prepayment of order " + request.orderNumber()
                    + " is not verified");
        }
        return new ReleaseDecision(true, RULE, "released by the integration tests' stand-in for finance");
    }
}
