package io.orderflow.routes.edi.internal.outbound;

import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.DispatchAdvices;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a partner that switched it on ({@code dispatchAdvice = true}) about each shipment of its orders: an 856 or a
 * DESADV for each {@code logistics/DISPATCHED}, naming its PO, its line ids and item numbers as its order gave them,
 * kept in the ledger under the event's id and awaiting the partner's 997 / CONTRL like an order response.
 */
@Component(service = EventSubscriber.class)
public final class DispatchAdviceSender implements EventSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchAdviceSender.class);

    private final PartnerOutbound outbound;
    private final EventCodec codec;

    @Activate
    public DispatchAdviceSender(@Reference PartnerOutbound outbound, @Reference EventCodec codec) {
        this.outbound = outbound;
        this.codec = codec;
    }

    @Override
    public String subscriberId() {
        return "edi.dispatch-advices";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(Dispatched.TYPE);
    }

    @Override
    public void onEvent(DomainEvent event) {
        Optional<PartnerOutbound.Addressee> to = outbound.addressee(event.aggregateId());
        if (to.isEmpty() || !to.get().partner().dispatchAdvice()) {
            return;
        }
        Partner partner = to.get().partner();
        Dispatched dispatched = codec.payload(event, Dispatched.class);
        DispatchAdvices.Advice advice = advice(event, dispatched, to.get().link());
        boolean x12 = partner.standard() == Standard.X12;
        String type = x12 ? "856" : "DESADV";
        StoredFile file = outbound.send(partner, event, type, x12 ? partner.version()
                : DispatchAdvices.DESADV_DIRECTORY, (control, now) -> DispatchAdvices.write(partner, advice, control,
                now));
        LOG.info("EDI partner {}: {} {} for shipment {} of order {}", partner.id(), type, file.name(),
                dispatched.shipment(), event.aggregateId());
    }

    /**
     * The shipment as the partner knows its order. Logistics does not say which line travels in which package: the
     * items go into the package when there is one, and beside the packages otherwise.
     */
    private static DispatchAdvices.Advice advice(DomainEvent event, Dispatched dispatched, OrderLink link) {
        List<DispatchAdvices.Item> items = dispatched.shipmentLines().stream()
                .map(line -> new DispatchAdvices.Item(link.lineId(line.lineNo()), link.items(line.lineNo()),
                        line.productCode(), line.specification(), line.quantity(), line.unit())).toList();
        List<Dispatched.Package> packages = Objects.requireNonNullElse(dispatched.packages(), List.of());
        List<DispatchAdvices.Pack> packs = packages.stream().map(p -> new DispatchAdvices.Pack(p.carrier(),
                p.trackingNumber(), p.sscc(), packages.size() == 1 ? items : List.of())).toList();
        return new DispatchAdvices.Advice(dispatched.shipment(), event.aggregateId(), link.customerPo(),
                dispatched.method() == ShippingMethod.DEDICATED_VEHICLE ? DispatchAdvices.Carriage.OWN_VEHICLE
                        : DispatchAdvices.Carriage.PARCEL,
                Objects.requireNonNull(dispatched.dispatchedOn(), () -> "logistics/DISPATCHED " + event.id()
                        + " has no dispatch date"), dispatched.estimatedArrival(), packs, packages.size() == 1 ? List.of() : items);
    }
}
