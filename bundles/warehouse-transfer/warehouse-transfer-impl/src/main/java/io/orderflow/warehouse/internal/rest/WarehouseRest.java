package io.orderflow.warehouse.internal.rest;

import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.warehouse.api.AvailableToPromiseService;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.StockService;
import io.orderflow.warehouse.api.TransferService;
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
                         @Reference ReservationService reservations, @Reference TransferService transfers,
                         @Reference AvailableToPromiseService promise) {
        publication = rest.publish("/warehouse", List.of(new StockResource(stock),
                new ReservationResource(reservations), new TransferResource(transfers), new PromiseResource(promise)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
