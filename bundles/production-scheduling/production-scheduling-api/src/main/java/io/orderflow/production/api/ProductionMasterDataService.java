package io.orderflow.production.api;

import io.orderflow.platform.api.security.Actor;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Work centres, routings, bills of materials and materials (docs/business-rules.md §3.2). Every change is audited and
 * re-plans the open production requirements.
 *
 * @throws io.orderflow.platform.api.error.ValidationException from the writers, listing every problem
 */
@ProviderType
public interface ProductionMasterDataService {

    List<WorkCentreInfo> workCentres();

    WorkCentreInfo saveWorkCentre(WorkCentreInfo workCentre, Actor actor);

    List<MaterialInfo> materials();

    MaterialInfo saveMaterial(MaterialInfo material, Actor actor);

    Optional<ProductDefinition> product(String product);

    /** Replaces the routing and bill of materials of a product. */
    ProductDefinition saveProduct(ProductDefinition definition, Actor actor);

    /**
     * Imports a CSV file of one kind, each row through the same checks as a single save, all or nothing.
     *
     * @param kind {@code work-centres} ({@code code,name,dailyCapacityMinutes}), {@code materials}
     *             ({@code code,name,onHand,leadTimeDays}), {@code routings}
     *             ({@code product,sequence,workCentre,minutesPerUnit,setupMinutes}) or {@code bills}
     *             ({@code product,material,quantityPerUnit})
     * @return the number of rows imported
     */
    int importCsv(String kind, Reader csv, Actor actor);
}
