package io.orderflow.routes.edi.internal.outbound;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.edi.internal.gateway.EdiGateway;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.InterchangeHeader;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.ledger.RenderedFile;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.OrderResponses;
import io.orderflow.routes.edi.internal.syntax.OrderResponses.Answer;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderRejected;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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

    private final EdiLedger ledger;
    private final EdiGateway gateway;
    private final SalesOrderService sales;
    private final BusinessClock clock;
    private final EventCodec codec;

    @Activate
    public OrderResponseSender(@Reference EdiLedger ledger, @Reference EdiGateway gateway,
                               @Reference SalesOrderService sales, @Reference BusinessClock clock,
                               @Reference EventCodec codec) {
        this.codec = codec;
        this.ledger = ledger;
        this.clock = clock;
        this.gateway = gateway;
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
        Optional<OrderLink> link = ledger.link(event.aggregateId());
        SalesOrder order = sales.find(event.aggregateId()).orElseThrow(() -> new IllegalStateException(
                "order " + event.aggregateId() + " is not in sales"));
        if (link.isEmpty()) {
            if (order.channel() == Channel.EDI) {
                // its file is still being taken (or is taken again after a crash): the relay tries again later
                throw new IllegalStateException("order " + order.number() + " came by EDI but its interchange is not"
                        + " recorded yet; the order response waits for it");
            }
            return;
        }
        Partner partner = gateway.partner(link.get().partner()).orElseThrow(() -> new IllegalStateException(
                "EDI partner " + link.get().partner() + " has no profile; the response to " + event.aggregateId()
                        + " waits for it"));
        Answer answer = switch (event.type()) {
            case OrderConfirmed.TYPE -> Answer.ACCEPTED;
            case OrderRejected.TYPE -> Answer.REJECTED;
            default -> Answer.DATE_CHANGED;
        };
        LocalDate delivery = answer == Answer.DATE_CHANGED
                ? codec.payload(event, PromisedDateChanged.class).newDate() : order.requestedDelivery();
        OrderResponses.Order response = new OrderResponses.Order(order.number(), link.get().customerPo(),
                clock.dateOf(order.receivedAt()), delivery, lines(order, link.get()));
        String type = partner.standard() == Standard.X12 ? "855" : "ORDRSP";
        Instant now = clock.now();
        Instant ackDue = partner.acknowledgement() == Acknowledgement.NONE ? null
                : now.plus(Duration.ofHours(gateway.ackOverdueHours()));
        LocalDateTime written = LocalDateTime.now(clock.clock());
        RenderedFile.Renderer renderer = control -> RenderedFile.named(type, partner.standard(), control,
                OrderResponses.write(partner, answer, response, control, written));
        StoredFile file = ledger.outbound(partner.id(), event.id(), new InterchangeHeader("", partner.standard().name(),
                partner.version(), type, 1, List.of()), ackDue, renderer, now);
        ledger.deliver(file, gateway.outbox(partner), now);
        LOG.info("EDI partner {}: {} {} for order {} ({})", partner.id(), type, file.name(), order.number(),
                answer.name().toLowerCase());
    }

    /** The order's lines under the partner's own line ids (lines added later keep our line number). */
    private static List<OrderResponses.Line> lines(SalesOrder order, OrderLink link) {
        List<OrderResponses.Line> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            String id = i < link.lineIds().size() ? link.lineIds().get(i) : String.valueOf(line.lineNo());
            lines.add(new OrderResponses.Line(id, line.productCode().value(), line.quantity(), line.unit(),
                    line.unitPrice().amount()));
        }
        return lines;
    }
}
