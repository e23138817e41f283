package io.orderflow.itests;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.Test;

/**
 * Each department feature installs and activates alone on {@code orderflow-platform} + {@code orderflow-master-data}
 * (plus the API bundles it names): a fresh copy of the distribution per feature, with a fresh {@code data/}, booting
 * that feature instead of {@code orderflow} and the demo. Healthy means every bundle of every installed Orderflow
 * feature is active and every component of them satisfied; the department's REST answers, the others' do not exist.
 */
public class DepartmentsAloneIT {

    private static final Duration READY_LIMIT = Duration.ofSeconds(60);

    /** A feature booted alone, a REST path of its own, and REST paths of departments it must not bring along. */
    private record Alone(String feature, String ownPath, List<String> absentPaths) {
    }

    private static final String MASTER_DATA = "/master-data/regions";
    private static final String SALES = "/sales-order/orders";
    private static final String WAREHOUSE = "/warehouse/warehouses";
    private static final String PRODUCTION = "/production/work-centres";

    private static final List<Alone> FEATURES = List.of(
            new Alone("orderflow-platform", "/platform/audit?limit=1", List.of(MASTER_DATA, SALES, WAREHOUSE,
                    PRODUCTION)),
            new Alone("orderflow-master-data", MASTER_DATA, List.of(SALES, WAREHOUSE, PRODUCTION)),
            new Alone("orderflow-sales-order", SALES, List.of(WAREHOUSE, PRODUCTION)),
            new Alone("orderflow-warehouse-transfer", WAREHOUSE, List.of(SALES, PRODUCTION)),
            new Alone("orderflow-production-scheduling", PRODUCTION, List.of(SALES, WAREHOUSE)));

    @Test
    public void eachDepartmentFeatureActivatesOnPlatformAndMasterDataAlone() throws Exception {
        for (Alone alone : FEATURES) {
            try (OrderflowProcess orderflow = OrderflowProcess.install("forked-alone")) {
                orderflow.bootFeatures(alone.feature());
                orderflow.start();
                orderflow.awaitReady(READY_LIMIT);
                Http http = orderflow.http();
                String password = orderflow.adminPassword();
                assertEquals(alone.feature(), 200, http.get("/platform/health", null, null).status());
                Http.Reply own = http.get(alone.ownPath(), "admin", password);
                assertEquals(alone.feature() + " " + alone.ownPath() + ": " + own.body(), 200, own.status());
                for (String absent : alone.absentPaths()) {
                    assertEquals(alone.feature() + " brings no " + absent, 404,
                            http.get(absent, "admin", password).status());
                }
                assertEquals(0, orderflow.stop(READY_LIMIT));
            }
        }
    }
}
