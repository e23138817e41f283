package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.warehouse.api.SafetyStock;
import io.orderflow.warehouse.api.TransferService;
import java.io.PrintStream;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:safety-stock [--warehouse W --set N] <product>}: shows, or sets, a product's safety stock. */
@Service
@Command(scope = "warehouse", name = "safety-stock", description = "Shows or sets the safety stock of a product")
public class SafetyStockCommand implements Action {

    @Reference
    private TransferService transfers;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--warehouse", description = "Warehouse code, with --set")
    private String warehouse;

    @Option(name = "--set", description = "The new safety stock (0 clears it); runs the stock check")
    private BigDecimal quantity;

    @Argument(index = 0, name = "product", required = true, description = "Product code")
    private String product;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        if (quantity != null) {
            SafetyStock set = transfers.setSafetyStock(new SafetyStock(warehouse, product, quantity), actors.current());
            out.printf("Safety stock of %s in %s: %s%n", set.product(), set.warehouse(), set.quantity().toPlainString());
        }
        for (SafetyStock safety : transfers.safetyStock(product)) {
            out.printf("%-10s %10s%n", safety.warehouse(), safety.quantity().toPlainString());
        }
        return null;
    }
}
