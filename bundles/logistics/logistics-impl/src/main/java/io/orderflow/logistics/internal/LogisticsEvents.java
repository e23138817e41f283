package io.orderflow.logistics.internal;

import io.orderflow.logistics.api.Freight;
import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.logistics.internal.jpa.OrderLineEmbeddable;
import io.orderflow.logistics.internal.jpa.ShipmentEntity;
import io.orderflow.logistics.internal.jpa.ShippingOrderEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The payloads of logistics' events, built from the order and shipment as they now are. */
final class LogisticsEvents {

    private LogisticsEvents() {
    }

    /** Each line's ordered, shipped and closed quantities: what every logistics event carries. */
    static List<LineProgress> progress(ShippingOrderEntity order) {
        return order.lineQuantities().stream().map(l -> new LineProgress(l.lineNo(), l.productCode(), l.ordered(),
                l.shipped(), l.closed())).toList();
    }

    static Dispatched dispatched(ShippingOrderEntity order, ShipmentEntity shipment, List<Parcel> packages,
                                 LocalDate on, LocalDate estimatedArrival) {
        Map<Integer, OrderLineEmbeddable> lines = order.lines().stream()
                .collect(Collectors.toMap(OrderLineEmbeddable::lineNo, Function.identity()));
        List<Dispatched.Item> items = shipment.lines().stream().map(l -> {
            OrderLineEmbeddable line = lines.get(l.lineNo());
            return new Dispatched.Item(l.lineNo(), line.productCode(), line.specification(), l.quantity(),
                    line.unit());
        }).toList();
        return new Dispatched(shipment.id(), order.customerId(), order.customerPo(), shipment.method(), on,
                estimatedArrival, packages.stream().map(p -> new Dispatched.Package(p.carrier(), p.trackingNumber(),
                p.sscc())).toList(), items, progress(order), order.stage(), freight(shipment.freight(order.currency())));
    }

    private static Dispatched.Freight freight(Freight freight) {
        return new Dispatched.Freight(freight.terms(), freight.amount() == null ? null : freight.amount().amount(),
                freight.amount() == null ? null : freight.amount().currency());
    }

    /** @param closed what this decision closed, per line number */
    static BackorderClosed backorderClosed(ShippingOrderEntity order, Map<Integer, BigDecimal> closed, String reason,
                                           String actor) {
        return new BackorderClosed(reason, actor, order.lines().stream().filter(l -> closed.containsKey(l.lineNo()))
                .map(l -> new BackorderClosed.Closed(l.lineNo(), l.productCode(), l.specification(),
                        closed.get(l.lineNo()))).toList(),
                progress(order), order.stage());
    }
}
