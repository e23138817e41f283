package io.orderflow.production.internal.rest;

import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.production.api.ProductionExecutionService;
import io.orderflow.production.api.ProductionMasterDataService;
import io.orderflow.production.api.ProductionPlanningService;
import io.orderflow.production.api.ReworkService;
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
    public ProductionRest(@Reference RestPublisher rest, @Reference ProductionMasterDataService masterData,
                          @Reference ProductionPlanningService planning,
                          @Reference ProductionExecutionService execution, @Reference ReworkService reworks) {
        publication = rest.publish("/production", List.of(new MasterDataResource(masterData),
                new PlanningResource(planning), new ProductionOrderResource(execution, reworks)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
