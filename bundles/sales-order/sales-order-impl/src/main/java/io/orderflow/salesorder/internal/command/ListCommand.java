package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.salesorder.api.OrderQuery;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.Page;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code sales-order:list}: orders, newest first. */
@Service
@Command(scope = "sales-order", name = "list", description = "Lists sales orders, newest first")
public class ListCommand implements Action {

    @Reference
    private SalesOrderService orders;

    @Reference
    private Session session;

    @Option(name = "--status", description = "Only orders in this status, e.g. PENDING_CONFIRMATION")
    private OrderStatus status;

    @Option(name = "--customer", description = "Only orders of this customer id")
    private String customer;

    @Option(name = "--page", description = "Page number, from 0")
    private int page;

    @Option(name = "--size", description = "Orders per page (1-200)")
    private int size = 20;

    @Override
    public Object execute() {
        Page<SalesOrder> result = orders.list(new OrderQuery(status, customer, page, size));
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Status");
        table.column("Type");
        table.column("Customer");
        table.column("PO");
        table.column("Delivery");
        table.column("Total").alignRight();
        table.column("Flags");
        table.column("Received");
        for (SalesOrder o : result.items()) {
            table.addRow().addContent(o.number(), o.status(), type(o), o.customerId(), o.customerPo(),
                    o.requestedDelivery(), o.total(), o.flags().size(), o.receivedAt());
        }
        table.print(SafePrintStream.of(session.getConsole()));
        SafePrintStream.of(session.getConsole()).printf("page %d, %d of %d orders%n", result.page(), result.items().size(), result.total());
        return null;
    }

    /** {@code CUSTOMER}, {@code STOCK_UP}, or {@code REPLACEMENT for SO-2026-000123}. */
    private static String type(SalesOrder order) {
        return order.replacementFor() == null ? order.type().name()
                : order.type() + " for " + order.replacementFor();
    }
}
