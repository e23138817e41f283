package io.orderflow.production.internal.rest;

import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.production.api.ProductionExecution;
import io.orderflow.production.api.ProductionMasterData;
import io.orderflow.production.api.ProductionPlanning;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes production's REST resources under {@code /api/production}. */
@Component(service = {})
public final class ProductionRest {

    private final RestPublisher.Publication publication;

    @Activate
    public ProductionRest(@Reference RestPublisher rest, @Reference ProductionMasterData masterData,
                          @Reference ProductionPlanning planning, @Reference ProductionExecution execution) {
        publication = rest.publish("/production", List.of(new MasterDataResource(masterData),
                new PlanningResource(planning), new ProductionOrderResource(execution)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
