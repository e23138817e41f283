package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.Test;

/**
 * Each department feature installs and activates alone on {@code orderflow-platform} + {@code orderflow-master-data}
 * (plus the API bundles it names), the way an IT team deploys it: the distribution boots {@code orderflow-platform}
 * alone, with a fresh {@code data/}, instead of {@code orderflow} and the demo; master data is installed over the
 * shell, then each department in turn, checked and uninstalled again before the next. Healthy means every bundle of
 * every installed Orderflow feature is active and every component of them satisfied; the department's REST answers,
 * the others' do not exist, and once uninstalled its own is gone too.
 */
public class DepartmentsAloneIT {

    private static final Duration READY_LIMIT = Duration.ofSeconds(60);

    /** A feature installed alone, a REST path of its own, and REST paths of departments it must not bring along. */
    private record Alone(String feature, String ownPath, List<String> absentPaths) {
    }

    private static final String MASTER_DATA = "/master-data/regions";
    private static final String SALES = "/sales-order/orders";
    private static final String WAREHOUSE = "/warehouse/warehouses";
    private static final String PRODUCTION = "/production/work-centres";
    private static final String LOGISTICS = "/logistics/trips";
    private static final String FINANCE = "/finance/payments?customer=CUST-A";
    private static final String AFTER_SALES = "/after-sales/unmatched-receipts";

    private static final Alone PLATFORM = new Alone("orderflow-platform", "/platform/audit?limit=1",
            List.of(MASTER_DATA, SALES, WAREHOUSE, PRODUCTION, LOGISTICS, FINANCE, AFTER_SALES));
    private static final Alone WITH_MASTER_DATA = new Alone("orderflow-master-data", MASTER_DATA,
            List.of(SALES, WAREHOUSE, PRODUCTION, LOGISTICS, FINANCE));
    private static final List<Alone> DEPARTMENTS = List.of(
            new Alone("orderflow-sales-order", SALES, List.of(WAREHOUSE, PRODUCTION, LOGISTICS)),
            new Alone("orderflow-warehouse-transfer", WAREHOUSE, List.of(SALES, PRODUCTION, LOGISTICS)),
            new Alone("orderflow-production-scheduling", PRODUCTION, List.of(SALES, WAREHOUSE, LOGISTICS)),
            new Alone("orderflow-logistics", LOGISTICS, List.of(SALES, WAREHOUSE, PRODUCTION, FINANCE)),
            new Alone("orderflow-finance-settlement", FINANCE, List.of(SALES, WAREHOUSE, PRODUCTION, LOGISTICS)),
            new Alone("orderflow-after-sales-returns", AFTER_SALES, List.of(SALES, WAREHOUSE, PRODUCTION, LOGISTICS,
                    FINANCE)));

    @Test
    public void eachDepartmentFeatureActivatesOnPlatformAndMasterDataAlone() throws Exception {
        try (OrderflowProcess orderflow = OrderflowProcess.install("forked-alone")) {
            orderflow.bootFeatures(PLATFORM.feature());
            orderflow.start();
            orderflow.awaitReady(READY_LIMIT);
            String password = orderflow.adminPassword();
            assertAlone(orderflow, password, PLATFORM);

            orderflow.shell("admin", password, "feature:install " + WITH_MASTER_DATA.feature());
            assertAlone(orderflow, password, WITH_MASTER_DATA);
            for (Alone department : DEPARTMENTS) {
                orderflow.shell("admin", password, "feature:install " + department.feature());
                assertAlone(orderflow, password, department);
                orderflow.shell("admin", password, "feature:uninstall " + department.feature());
                await(department.feature() + " gone").atMost(READY_LIMIT).until(() ->
                        orderflow.http().get(department.ownPath(), "admin", password).status() == 404);
            }
            assertEquals(0, orderflow.stop(READY_LIMIT));
        }
    }

    private static void assertAlone(OrderflowProcess orderflow, String password, Alone alone) {
        Http http = orderflow.http();
        await(alone.feature() + " healthy and answering " + alone.ownPath()).atMost(READY_LIMIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/platform/health", null, null).status() == 200
                        && http.get(alone.ownPath(), "admin", password).status() == 200);
        for (String absent : alone.absentPaths()) {
            assertEquals(alone.feature() + " brings no " + absent, 404, http.get(absent, "admin", password).status());
        }
    }
}
