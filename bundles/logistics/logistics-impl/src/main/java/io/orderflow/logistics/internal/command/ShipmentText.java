package io.orderflow.logistics.internal.command;

import io.orderflow.logistics.api.LineQuantities;
import io.orderflow.logistics.api.OrderShipping;
import io.orderflow.logistics.api.Shipment;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** How the commands show shipments and orders: one line each, the same everywhere. */
final class ShipmentText {

    private ShipmentText() {
    }

    static void print(PrintStream out, Shipment s) {
        out.printf("%s  order %s  %s  %s  %s%s%s%s%n", s.id(), s.orderNumber(), s.status(), s.method(),
                s.lines().stream().map(l -> "line " + l.lineNo() + " " + l.quantity().toPlainString() + " "
                        + l.productCode()).collect(Collectors.joining(", ")),
                s.trip() == null ? "" : "  trip " + s.trip().vehicle() + " " + s.trip().departure() + "→"
                        + s.trip().arrival(),
                s.estimatedArrival() == null ? "" : "  arrival " + s.estimatedArrival(),
                s.milestone() == null ? "" : "  carrier: " + s.milestone());
    }

    static void print(PrintStream out, OrderShipping o) {
        out.printf("%s  customer %s  %s  %s%n", o.orderNumber(), o.customerId(), o.method(), o.stage());
        for (LineQuantities l : o.lines()) {
            out.printf("  line %d %s: %s ordered, %s shipped, %s in shipments, %s closed, %s open%n", l.lineNo(),
                    l.productCode(), l.ordered().toPlainString(), l.shipped().toPlainString(),
                    l.planned().toPlainString(), l.closed().toPlainString(), l.open().toPlainString());
        }
    }
}
