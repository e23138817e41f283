package io.orderflow.demo.internal;

import io.orderflow.logistics.api.ShipmentRelease;
import org.osgi.service.component.annotations.Component;

/**
 * Lets the demo's orders ship while the finance department does not exist yet (it will provide the real release and
 * this goes): an order on credit terms ({@code NET…}) is released by the rule {@code demo}; one that must be paid
 * first waits, since no payment can be verified without finance. A real installation has no demo, hence no release
 * and no shipment until finance is installed.
 */
@Component
public final class DemoShipmentRelease implements ShipmentRelease {

    @Override
    public ReleaseDecision decide(Request request) {
        if (request.paymentTerms() != null && request.paymentTerms().startsWith("NET")) {
            return new ReleaseDecision(true, "demo", "the demo ships orders on credit terms ("
                    + request.paymentTerms() + ") until finance decides");
        }
        return new ReleaseDecision(false, "demo", request.paymentTerms() + " needs a payment verified by finance,"
                + " which is not installed");
    }
}
