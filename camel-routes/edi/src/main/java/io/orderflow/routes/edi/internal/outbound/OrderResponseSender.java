package io.orderflow.routes.edi.internal.outbound;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.OrderResponses;
import io.orderflow.routes.edi.internal.syntax.OrderResponses.Answer;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderRejected;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the orders that came by EDI: an 855 / ORDRSP when sales confirms or rejects one, and again when its promised
 * date changes. Each event gives one response, rendered and kept in the ledger first, so a redelivered event writes
 * the same file again, not a second one.
 */
@Component(service = EventSubscriber.class)
public final class OrderResponseSender implements EventSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(OrderResponseSender.class);

    private final SalesOrderService sales;
    private final BusinessClock clock;
    private final EventCodec codec;
    private final PartnerOutbound outbound;

    @Activate
    public OrderResponseSender(@Reference PartnerOutbound outbound, @Reference SalesOrderService sales,
                               @Reference BusinessClock clock, @Reference EventCodec codec) {
        this.outbound = outbound;
        this.codec = codec;
        this.clock = clock;
        this.sales = sales;
    }

    @Override
    public String subscriberId() {
        return "edi.order-responses";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(OrderConfirmed.TYPE, OrderRejected.TYPE, PromisedDateChanged.TYPE);
    }

    @Override
    public void onEvent(DomainEvent event) {
        SalesOrder order = sales.find(event.aggregateId()).orElseThrow(() -> new IllegalStateException(
                "order " + event.aggregateId() + " is not in sales"));
        Optional<PartnerOutbound.Addressee> to = outbound.addressee(order.number());
        if (to.isEmpty()) {
            return;
        }
        Partner partner = to.get().partner();
        Answer answer = switch (event.type()) {
            case OrderConfirmed.TYPE -> Answer.ACCEPTED;
            case OrderRejected.TYPE -> Answer.REJECTED;
            default -> Answer.DATE_CHANGED;
        };
        LocalDate delivery = answer == Answer.DATE_CHANGED
                ? codec.payload(event, PromisedDateChanged.class).newDate() : order.requestedDelivery();
        OrderResponses.Order response = new OrderResponses.Order(order.number(), to.get().link().customerPo(),
                clock.dateOf(order.receivedAt()), delivery, lines(order, to.get().link()));
        String type = partner.standard() == Standard.X12 ? "855" : "ORDRSP";
        StoredFile file = outbound.send(partner, event, type, partner.version(),
                (control, now) -> OrderResponses.write(partner, answer, response, control, now));
        LOG.info("EDI partner {}: {} {} for order {} ({})", partner.id(), type, file.name(), order.number(),
                answer.name().toLowerCase());
    }

    /** The order's lines under the partner's own line ids (lines added later keep our line number). */
    private static List<OrderResponses.Line> lines(SalesOrder order, OrderLink link) {
        return order.lines().stream().map(line -> new OrderResponses.Line(link.lineId(line.lineNo()),
                line.productCode().value(), line.quantity(), line.unit(), line.unitPrice().amount())).toList();
    }
}
