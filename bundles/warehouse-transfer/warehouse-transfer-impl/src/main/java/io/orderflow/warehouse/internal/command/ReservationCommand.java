package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.ReservationService;
import java.io.PrintStream;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:reservation <order>}: what is reserved for an order, where, and what is missing. */
@Service
@Command(scope = "warehouse", name = "reservation", description = "Shows the stock reserved for an order")
public class ReservationCommand implements Action {

    @Reference
    private ReservationService reservations;

    @Reference
    private Session session;

    @Argument(index = 0, name = "order", required = true, description = "Order number")
    private String order;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        Optional<OrderReservation> found = reservations.reservation(order);
        if (found.isEmpty()) {
            out.println("No reservation for " + order);
            return null;
        }
        OrderReservation reservation = found.get();
        out.printf("%s (revision %d, region %s)%s%n", order, reservation.revision(), reservation.region(),
                reservation.released() ? ": released" : reservation.fullyReserved() ? ": fully reserved" : "");
        for (LineReservation line : reservation.lines()) {
            out.printf("  line %d %s: %s ordered, %s reserved, %s missing  %s%n", line.lineNo(), line.product(),
                    line.ordered().toPlainString(), line.reserved().toPlainString(), line.missing().toPlainString(),
                    line.allocations().stream().map(a -> a.warehouse() + " " + a.quantity().toPlainString())
                            .collect(Collectors.joining(", ")));
        }
        return null;
    }
}
