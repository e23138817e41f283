package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockService;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:move --type RECEIPT --warehouse WH-SOUTH --quantity 100 [--reason …] [--reference …] <product>}. */
@Service
@Command(scope = "warehouse", name = "move", description = "Records a receipt, an issue or a stock count adjustment")
public class MoveCommand implements Action {

    @Reference
    private StockService stock;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--type", required = true, description = "RECEIPT, ISSUE or ADJUSTMENT")
    private MoveType type;

    @Option(name = "--warehouse", required = true, description = "Warehouse code, e.g. WH-SOUTH")
    private String warehouse;

    @Option(name = "--quantity", required = true, description = "Greater than 0; signed for an adjustment")
    private BigDecimal quantity;

    @Option(name = "--reason", description = "Required for issues and adjustments")
    private String reason;

    @Option(name = "--reference", description = "Purchase order, production order, count sheet")
    private String reference;

    @Argument(index = 0, name = "product", required = true, description = "Product code")
    private String product;

    @Override
    public Object execute() {
        StockMove move = stock.record(new MoveRequest(type, warehouse, product, quantity, reason, reference),
                actors.current());
        SafePrintStream.of(session.getConsole()).printf("Move %d: %s of %s %s in %s%n", move.id(), move.type(),
                move.quantity().toPlainString(), move.product(), move.warehouse());
        return null;
    }
}
