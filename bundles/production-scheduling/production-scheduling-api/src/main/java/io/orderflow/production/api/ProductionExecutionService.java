package io.orderflow.production.api;

import io.orderflow.platform.api.security.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The shop floor: progress and anomalies, quality inspection, and the production orders nobody reported on. */
@ProviderType
public interface ProductionExecutionService {

    /** Open production orders first, newest first; {@code orderNumber} may be null (all). */
    List<ProductionOrder> productionOrders(String orderNumber);

    Optional<ProductionOrder> productionOrder(long id);

    /**
     * Records progress or an anomaly on a released production order and re-plans.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role {@code production-planner}
     */
    ProductionOrder report(long id, ProgressReport report, Actor actor);

    /**
     * Quality inspection: passed units go into stock for the order ({@code production/QUALITY_PASSED}, which the
     * warehouse receives and reserves); failed ones, reworked or scrapped, are made again. When every unit has passed, the production order completes ({@code production/COMPLETED}).
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role {@code quality}
     */
    ProductionOrder inspect(long id, BigDecimal passed, BigDecimal failed, Disposition disposition, Actor actor);

    /** Released production orders without a report for longer than the configured days. */
    List<ProductionOrder> withoutReport();
}
