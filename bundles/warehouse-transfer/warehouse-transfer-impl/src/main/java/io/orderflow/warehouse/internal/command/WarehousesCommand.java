package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.StockService;
import io.orderflow.warehouse.api.Warehouse;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code warehouse:warehouses [--name N --region R --priority P <code>]}: lists the warehouses, or first creates or
 * replaces one.
 */
@Service
@Command(scope = "warehouse", name = "warehouses", description = "Lists the warehouses, or creates or replaces one")
public class WarehousesCommand implements Action {

    @Reference
    private StockService stock;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--name", description = "The warehouse's name, with a code")
    private String name;

    @Option(name = "--region", description = "The region of the master data it serves first, with a code")
    private String region;

    @Option(name = "--priority", description = "1 is tried first outside the customer's region, with a code")
    private int priority;

    @Argument(index = 0, name = "code", description = "The code of the warehouse to create or replace, e.g. WH-SOUTH")
    private String code;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        if (code != null) {
            Warehouse saved = stock.saveWarehouse(new Warehouse(code, name, region, priority), actors.current());
            out.printf("Warehouse %s saved%n", saved.code());
        }
        out.printf("%-10s %-8s %8s  %s%n", "warehouse", "region", "priority", "name");
        for (Warehouse w : stock.warehouses()) {
            out.printf("%-10s %-8s %8d  %s%n", w.code(), w.region(), w.priority(), w.name());
        }
        return null;
    }
}
