package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.StockService;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:stock <product>}: the product's stock in every warehouse. */
@Service
@Command(scope = "warehouse", name = "stock", description = "Shows a product's stock per warehouse")
public class StockCommand implements Action {

    @Reference
    private StockService stock;

    @Reference
    private Session session;

    @Argument(index = 0, name = "product", required = true, description = "Product code, e.g. LED-LAMP")
    private String product;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%-10s %-8s %10s %10s %10s %10s %10s%n", "warehouse", "region", "on hand", "reserved", "available",
                "in transit", "quarantine");
        for (StockRow row : stock.stock(product)) {
            out.printf("%-10s %-8s %10s %10s %10s %10s %10s%n", row.warehouse(), row.region(),
                    row.onHand().toPlainString(), row.reserved().toPlainString(), row.available().toPlainString(),
                    row.inTransit().toPlainString(), row.quarantine().toPlainString());
        }
        return null;
    }
}
