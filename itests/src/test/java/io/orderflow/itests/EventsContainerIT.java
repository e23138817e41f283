package io.orderflow.itests;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.ops4j.pax.exam.Option;

/**
 * One Karaf for production, the event backbone, logistics, carriers and finance, with the test-only bundle (a counting
 * subscriber, and the shipment release finance will provide), quick retries (a poison event is parked within seconds)
 * and two carrier profiles ({@code acme}, and {@code off} switched off). Production goes
 * first, as it counts on the demo stock of the products it makes; logistics receives the stock it ships; the
 * departments' survival goes last: it stops the sales bundle and updates the warehouse.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ProductionTests.class, EventBackboneTests.class, LogisticsTests.class, CarrierTests.class,
        FinanceTests.class, ExpenseClaimTests.class, ErpTests.class, ReturnTests.class, DepartmentsSurviveTests.class})
public class EventsContainerIT {

    /** What every member class returns from its {@code @Configuration} method. */
    public static Option[] options() {
        return OrderflowKaraf.options(
                mavenBundle("io.orderflow", "itest-subscriber", System.getProperty("orderflow.version")),
                editConfigurationFilePut("etc/orderflow.platform.events.cfg", "maxAttempts", "3"),
                editConfigurationFilePut("etc/orderflow.platform.events.cfg", "backoffInitialMillis", "100"),
                carrier("acme", "carrier", "acme"), carrier("acme", "secret", CarrierTests.SECRET),
                carrier("acme", "proofOfDelivery", "true"),
                carrier("off", "carrier", "off"), carrier("off", "secret", CarrierTests.SECRET),
                carrier("off", "enabled", "false"),
                editConfigurationFilePut("etc/orderflow.routes.carrier.gateway.cfg", "applyDelayMillis", "100"));
    }

    private static Option carrier(String name, String key, String value) {
        return editConfigurationFilePut("etc/orderflow.routes.carrier.profile-" + name + ".cfg", key, value);
    }
}
