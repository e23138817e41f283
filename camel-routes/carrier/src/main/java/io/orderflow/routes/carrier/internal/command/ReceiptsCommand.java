package io.orderflow.routes.carrier.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.carrier.internal.store.Receipt;
import io.orderflow.routes.carrier.internal.store.ReceiptState;
import io.orderflow.routes.carrier.internal.store.Receipts;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code carrier:receipts [--carrier c] [--state UNPARSEABLE] [--limit n]}: the webhooks carriers sent, newest first,
 * after the count per carrier and state.
 */
@Service
@Command(scope = "carrier", name = "receipts", description = "Lists the webhooks carriers sent")
public class ReceiptsCommand implements Action {

    @Reference
    private Receipts receipts;

    @Reference
    private Session session;

    @Option(name = "--carrier", description = "Only this carrier's")
    private String carrier;

    @Option(name = "--state", description = "PENDING, APPLIED, UNMATCHED or UNPARSEABLE")
    private ReceiptState state;

    @Option(name = "--limit", description = "At most this many (default 20)")
    private int limit = 20;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        receipts.counts().forEach(c -> out.printf("%-20s %-12s %d%n", c.carrier(), c.state(), c.receipts()));
        List<Receipt> found = receipts.list(carrier, state, Math.max(1, Math.min(limit, 1000)));
        if (found.isEmpty()) {
            out.println("No webhooks");
        }
        for (Receipt r : found) {
            out.printf("%d  %s  %s  %s%s%s%n", r.id(), r.carrier(), r.receivedAt(), r.state(),
                    r.events() == null ? "" : "  " + r.events() + " event(s)",
                    r.problem() == null ? "" : "  " + r.problem());
        }
        return null;
    }
}
