package io.orderflow.logistics.internal.command;

import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code logistics:shipments [--order SO-…] [--status DISPATCHED]}: shipments, newest first; {@code --overdue}: the
 * overdue deliveries, oldest arrival first.
 */
@Service
@Command(scope = "logistics", name = "shipments", description = "Lists shipments")
public class ShipmentsCommand implements Action {

    @Reference
    private ShipmentService shipments;

    @Reference
    private Session session;

    @Option(name = "--order", description = "Only this order's")
    private String order;

    @Option(name = "--status", description = "PLANNED, DISPATCHED, AWAITING_SIGNOFF, SIGNED_OFF or CANCELLED")
    private ShipmentStatus status;

    @Option(name = "--overdue", description = "Only overdue deliveries: past their estimated arrival, not signed for")
    private boolean overdue;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<Shipment> found = overdue ? shipments.overdueDeliveries() : shipments.shipments(order, status);
        if (found.isEmpty()) {
            out.println(overdue ? "No overdue deliveries" : "No shipments");
        }
        found.forEach(s -> ShipmentText.print(out, s));
        return null;
    }
}
