package io.orderflow.logistics.api.event;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.util.List;

/**
 * The customer signed for a shipment of the order; {@code stage} COMPLETED completes the order, AWAITING_INSTALLATION
 * opens its installation job.
 *
 * @param signedAt the time of signing with its offset (ISO-8601, as given)
 */
public record SignedOff(@Required String shipment, @Required String signer, @Required String signedAt,
                        SignOffSource source, @Required List<LineProgress> lines, @Required OrderStage stage)
        implements EventPayload {

    public static final String TYPE = "logistics/SIGNED_OFF";

    @Override
    public String eventType() {
        return TYPE;
    }
}
