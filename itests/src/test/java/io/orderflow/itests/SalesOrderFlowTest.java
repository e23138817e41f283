package io.orderflow.itests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.util.Filter;

/**
 * What the sales order flow tests share: the Orderflow distribution under Pax Exam, healthy before each test, its
 * database, shell and REST API as the users of {@link OrderflowKaraf#USERS}.
 */
public abstract class SalesOrderFlowTest {

    @Inject
    @Filter("(osgi.jndi.service.name=orderflow)")
    protected DataSource dataSource;

    @Inject
    protected SessionFactory sessionFactory;

    protected final Http http = new Http(OrderflowKaraf.HTTP_PORT);
    protected final SalesOrders orders = new SalesOrders(http);

    @Configuration
    public Option[] config() {
        return OrderflowKaraf.options();
    }

    @Before
    public void healthy() {
        await().atMost(Duration.ofMinutes(2)).until(() -> http.get("/platform/health", null, null).status() == 200);
    }

    protected Shell shell() {
        return new Shell(sessionFactory);
    }
}
