package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.event.OrderFullyReserved;
import io.orderflow.warehouse.api.event.StockReserved;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;

/** The events of an order's reservation, whatever changed it: a confirmation, a revision, a count, an arrival. */
final class ReservationEvents {

    private ReservationEvents() {
    }

    /**
     * Appends {@code warehouse/STOCK_RESERVED} with the order's reservation as it now is, and
     * {@code warehouse/ORDER_FULLY_RESERVED} when nothing is missing.
     */
    static OrderReservation announce(EventOutbox outbox, EntityManager em, OrderDemandEntity demand, Instant now) {
        OrderReservation reservation = demand.toRecord();
        outbox.append(WarehouseDatabase.connection(em), demand.orderNumber(), now, reserved(reservation));
        if (reservation.fullyReserved()) {
            outbox.append(WarehouseDatabase.connection(em), demand.orderNumber(), now, new OrderFullyReserved(
                    reservation.lines().stream().flatMap(l -> l.allocations().stream()).map(Allocation::warehouse)
                            .distinct().sorted().toList()));
        }
        return reservation;
    }

    private static StockReserved reserved(OrderReservation reservation) {
        List<StockReserved.Line> lines = new ArrayList<>();
        for (LineReservation line : reservation.lines()) {
            lines.add(new StockReserved.Line(line.lineNo(), line.product(), line.specification(), line.ordered(),
                    line.reserved(), line.missing(), line.allocations().stream()
                    .map(a -> new StockReserved.Allocation(a.warehouse(), a.quantity())).toList()));
        }
        return new StockReserved(reservation.revision(), reservation.fullyReserved(), lines);
    }
}
