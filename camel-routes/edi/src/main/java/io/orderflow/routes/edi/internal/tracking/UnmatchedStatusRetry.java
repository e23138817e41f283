package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.logistics.api.TrackingService;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.edi.internal.inbound.DepartmentLink;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Subscriber {@code edi.tracking-unmatched}: a {@code logistics/DISPATCHED} whose packages carry tracking numbers
 * brings the carriers' statuses kept for those numbers to logistics again, now that it has their shipment. While
 * logistics is away the event waits at the relay (a department away counts no attempt).
 */
@Component(service = EventSubscriber.class)
public final class UnmatchedStatusRetry implements EventSubscriber {

    private final DepartmentLink<TrackingService> logistics = new DepartmentLink<>("logistics");
    private final StatusHandOff handOff;
    private final EventCodec codec;

    @Activate
    public UnmatchedStatusRetry(@Reference UnmatchedStatuses unmatched, @Reference EventCodec codec,
                                @Reference BusinessClock time) {
        this.handOff = new StatusHandOff(logistics, unmatched, time.clock());
        this.codec = codec;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindTracking(TrackingService service) {
        logistics.bind(service);
    }

    void unbindTracking(TrackingService service) {
        logistics.unbind(service);
    }

    @Override
    public String subscriberId() {
        return "edi.tracking-unmatched";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(Dispatched.TYPE);
    }

    @Override
    public void onEvent(DomainEvent event) {
        List<String> numbers = Objects.requireNonNullElse(codec.payload(event, Dispatched.class).packages(),
                        List.<Dispatched.Package>of()).stream().map(Dispatched.Package::trackingNumber)
                .filter(n -> n != null && !n.isBlank()).toList();
        if (!numbers.isEmpty()) {
            handOff.retry(numbers);
        }
    }
}
