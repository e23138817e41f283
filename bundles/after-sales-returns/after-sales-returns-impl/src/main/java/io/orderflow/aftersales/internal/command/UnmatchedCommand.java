package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.aftersales.api.UnmatchedReceipt;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code after-sales:unmatched}: goods held in quarantine that came without an RMA, oldest first;
 * {@code after-sales:unmatched [--note N] <warehouse> <product> <quantity>}: receives such goods into quarantine.
 */
@Service
@Command(scope = "after-sales", name = "unmatched", description = "Lists goods that came back without an RMA, or"
        + " receives such goods into quarantine")
public class UnmatchedCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--note", description = "What came with the goods: a sender, a delivery note")
    private String note;

    @Argument(index = 0, name = "warehouse", description = "Where the goods arrived, e.g. WH-SOUTH")
    private String warehouse;

    @Argument(index = 1, name = "product", description = "Product code")
    private String product;

    @Argument(index = 2, name = "quantity", description = "How much came, e.g. 3")
    private String quantity;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        if (warehouse == null) {
            List<UnmatchedReceipt> held = returns.unmatched();
            if (held.isEmpty()) {
                out.println("No unmatched goods");
            }
            held.forEach(goods -> print(out, goods));
            return null;
        }
        ShellInput input = new ShellInput();
        BigDecimal received = input.quantity("quantity", quantity);
        input.check();
        print(out, returns.receiveUnmatched(warehouse, product, received, note, actors.current()));
        return null;
    }

    private static void print(PrintStream out, UnmatchedReceipt goods) {
        out.println(goods.id() + "  " + goods.warehouse() + "  " + goods.productCode() + "  "
                + ReturnText.quantity(goods.quantity()) + "  by " + goods.receivedBy() + " " + goods.at()
                + (goods.note() == null ? "" : ": " + goods.note()));
    }
}
