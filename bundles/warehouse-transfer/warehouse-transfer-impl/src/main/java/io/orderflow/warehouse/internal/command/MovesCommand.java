package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockService;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:moves [--warehouse W] [--limit N] [<product>]}: the newest moves of the ledger first. */
@Service
@Command(scope = "warehouse", name = "moves", description = "Lists the newest moves of the stock ledger")
public class MovesCommand implements Action {

    @Reference
    private StockService stock;

    @Reference
    private Session session;

    @Argument(index = 0, name = "product", description = "Product code; all products when left out")
    private String product;

    @Option(name = "--warehouse", description = "Warehouse code; all warehouses when left out")
    private String warehouse;

    @Option(name = "--limit", description = "How many moves, 1 to 1000")
    private int limit = 20;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%8s %-20s %-10s %-12s %10s %-24s %-12s %s%n", "id", "at", "warehouse", "product", "quantity",
                "type", "actor", "reference / reason");
        for (StockMove move : stock.moves(product, warehouse, limit)) {
            String note = (move.reference() == null ? "" : move.reference())
                    + (move.reason() == null ? "" : " / " + move.reason());
            out.printf("%8d %-20s %-10s %-12s %10s %-24s %-12s %s%n", move.id(),
                    move.at().truncatedTo(ChronoUnit.SECONDS), move.warehouse(), move.product(),
                    move.quantity().toPlainString(), move.type(), move.actor(), note);
        }
        return null;
    }
}
