package io.orderflow.logistics.api.event;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.time.LocalDate;
import java.util.List;

/** The customer accepted the order's installation: the order is complete. */
public record InstallationAccepted(@Required String acceptedBy, LocalDate installedOn, String installer,
                                   @Required List<LineProgress> lines, @Required OrderStage stage)
        implements EventPayload {

    public static final String TYPE = "logistics/INSTALLATION_ACCEPTED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
