package io.orderflow.warehouse.internal.rest;

import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.StockService;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes the warehouse's REST resources under {@code /api/warehouse}. */
@Component(service = {})
public final class WarehouseRest {

    private final RestPublisher.Publication publication;

    @Activate
    public WarehouseRest(@Reference RestPublisher rest, @Reference StockService stock,
                         @Reference ReservationService reservations) {
        publication = rest.publish("/warehouse", List.of(new StockResource(stock),
                new ReservationResource(reservations)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
