package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderRevision;
import io.orderflow.salesorder.api.OrderChangeService;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code sales-order:revisions <number>}: every revision of an order, the current one last. */
@Service
@Command(scope = "sales-order", name = "revisions", description = "Shows the revisions of an order")
public class RevisionsCommand implements Action {

    @Reference
    private OrderChangeService changes;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Order number")
    @Completion(OrderNumberCompleter.class)
    private String number;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        for (OrderRevision r : changes.revisions(number)) {
            out.printf("Revision %d since %s%s: delivery %s, total %s%n", r.revision(), r.since(),
                    r.changeRequestId() == null ? "" : " (change " + r.changeRequestId() + ")", r.requestedDelivery(), r.total());
            for (OrderLine l : r.lines()) {
                out.printf("  %d %s %s %s %s%n", l.lineNo(), l.productCode(), l.quantity().toPlainString(), l.unit(),
                        l.specification() == null ? "" : l.specification());
            }
        }
        return null;
    }
}
