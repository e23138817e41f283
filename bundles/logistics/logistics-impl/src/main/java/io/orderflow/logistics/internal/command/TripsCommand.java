package io.orderflow.logistics.internal.command;

import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.Trip;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code logistics:trips}: dedicated-vehicle shipments with no trip booked yet, then the booked trips. */
@Service
@Command(scope = "logistics", name = "trips", description = "Lists the trips to book and the booked ones")
public class TripsCommand implements Action {

    @Reference
    private ShipmentService shipments;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<Shipment> toBook = shipments.tripsToBook();
        out.println(toBook.isEmpty() ? "No trips to book" : "To book:");
        toBook.forEach(s -> ShipmentText.print(out, s));
        List<Trip> booked = shipments.trips();
        out.println(booked.isEmpty() ? "No trips booked" : "Booked:");
        booked.forEach(t -> out.printf("%s  %s driven by %s  %s→%s  booked by %s%n", t.shipmentId(), t.vehicle(),
                t.driver(), t.departure(), t.arrival(), t.bookedBy()));
        return null;
    }
}
