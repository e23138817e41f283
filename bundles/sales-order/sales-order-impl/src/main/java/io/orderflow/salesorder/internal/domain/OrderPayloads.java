package io.orderflow.salesorder.internal.domain;

import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.api.event.OrderedLine;
import java.util.List;

/** Orders and their lines as the sales events carry them; the one place the payloads are made. */
public final class OrderPayloads {

    private OrderPayloads() {
    }

    public static List<OrderedLine> lines(List<OrderLine> lines) {
        return lines.stream().map(line -> new OrderedLine(line.lineNo(), line.productCode().value(),
                line.specification(), line.quantity(), line.unit())).toList();
    }

    /** @param reviewSteps the roles of its review steps, in order */
    public static OrderReceived received(SalesOrder order, Channel channel, List<String> reviewSteps) {
        return new OrderReceived(order.customerId(), order.customerPo(), channel, order.total().amount(),
                order.total().currency(), lines(order.lines()), reviewSteps, order.type().name(),
                order.replacementFor());
    }

    /**
     * @param region            the customer's region, where the warehouse reserves
     * @param prepaymentPercent the share the terms ask before production
     */
    public static OrderConfirmed confirmed(SalesOrder order, String region, int prepaymentPercent) {
        return new OrderConfirmed(order.customerId(), region, order.revision(), order.total().amount(),
                order.total().currency(), order.paymentTerms(), order.custom(), order.requestedDelivery(),
                prepaymentPercent, lines(order.lines()), order.type().name(), order.replacementFor());
    }
}
