package io.orderflow.logistics.internal.command;

import io.orderflow.logistics.api.OrderShipping;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code logistics:backorders}: orders with a quantity open that is in no shipment yet. */
@Service
@Command(scope = "logistics", name = "backorders", description = "Lists open backorders")
public class BackordersCommand implements Action {

    @Reference
    private ShipmentService shipments;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<OrderShipping> open = shipments.openBackorders();
        if (open.isEmpty()) {
            out.println("No open backorders");
        }
        open.forEach(o -> ShipmentText.print(out, o));
        return null;
    }
}
