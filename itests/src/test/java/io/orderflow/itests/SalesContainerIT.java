package io.orderflow.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.ops4j.pax.exam.Option;

/**
 * One Karaf for the sales flow and the transfers between warehouses: transfers, intake, supervision, follow-up,
 * review and the security findings run one class after the other in the same container. Transfers go first, as
 * they count on the demo stock of each warehouse; intake next, as it counts the demo's master data; supervision and
 * follow-up reserve stock that review's large orders would take.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({StockTransferTests.class, SalesOrderIntakeTests.class, SalesSupervisionTests.class,
        SalesOrderFollowUpTests.class, SalesOrderReviewTests.class, SecurityTests.class})
public class SalesContainerIT {

    /** What every member class returns from its {@code @Configuration} method. */
    public static Option[] options() {
        return OrderflowKaraf.options(OrderflowKaraf.changeRequestsAnsweredByHand(),
                // the security tests fail logins on purpose, all from 127.0.0.1: the address is never locked here
                editConfigurationFilePut("etc/orderflow.platform.login.cfg", "maxFailuresPerAddress", "1000"));
    }
}
