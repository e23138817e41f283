package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.event.WarehouseEvents;
import io.orderflow.warehouse.internal.jpa.OrderDemandEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        outbox.append(WarehouseDatabase.connection(em), DomainEvent.of(WarehouseEvents.STOCK_RESERVED,
                demand.orderNumber(), now, reservedPayload(reservation)));
        if (reservation.fullyReserved()) {
            outbox.append(WarehouseDatabase.connection(em), DomainEvent.of(WarehouseEvents.ORDER_FULLY_RESERVED,
                    demand.orderNumber(), now, Map.of("warehouses", reservation.lines().stream()
                            .flatMap(l -> l.allocations().stream()).map(Allocation::warehouse).distinct().sorted()
                            .toList())));
        }
        return reservation;
    }

    private static Map<String, Object> reservedPayload(OrderReservation reservation) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineReservation line : reservation.lines()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("lineNo", line.lineNo());
            payload.put("productCode", line.product());
            payload.put("specification", line.specification() == null ? "" : line.specification());
            payload.put("ordered", line.ordered().toPlainString());
            payload.put("reserved", line.reserved().toPlainString());
            payload.put("missing", line.missing().toPlainString());
            payload.put("allocations", line.allocations().stream().map(a -> Map.<String, Object>of("warehouse",
                    a.warehouse(), "quantity", a.quantity().toPlainString())).toList());
            lines.add(payload);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("revision", reservation.revision());
        payload.put("fullyReserved", reservation.fullyReserved());
        payload.put("lines", lines);
        return payload;
    }
}
