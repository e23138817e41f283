package io.orderflow.logistics.internal.rest;

import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.platform.api.rest.RestPublisher;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes logistics' REST resources under {@code /api/logistics}. */
@Component(service = {})
public final class LogisticsRest {

    private final RestPublisher.Publication publication;

    @Activate
    public LogisticsRest(@Reference RestPublisher rest, @Reference ShipmentService shipments,
                         @Reference TrackingService tracking) {
        publication = rest.publish("/logistics", List.of(new ShipmentResource(shipments, tracking)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
