package io.orderflow.logistics.internal.command;

import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code logistics:overdue}: dispatched shipments past their estimated arrival without the customer's sign-off. */
@Service
@Command(scope = "logistics", name = "overdue", description = "Lists overdue deliveries")
public class OverdueCommand implements Action {

    @Reference
    private ShipmentService shipments;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<Shipment> overdue = shipments.overdueDeliveries();
        if (overdue.isEmpty()) {
            out.println("No overdue deliveries");
        }
        overdue.forEach(s -> ShipmentText.print(out, s));
        return null;
    }
}
