package io.orderflow.itests;

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

    protected final Http http = new Http(OrderflowKaraf.httpPort());
    protected final SalesOrders orders = new SalesOrders(http);

    @Configuration
    public Option[] config() {
        return OrderflowKaraf.options();
    }

    @Before
    public void healthy() {
        ContainerHealth.await(http);
    }

    protected Shell shell() {
        return new Shell(sessionFactory);
    }
}
