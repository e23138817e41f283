package io.orderflow.routes.carrier.internal;

import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.routes.carrier.internal.store.Receipts;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A dispatch gives tracking numbers to a shipment: carriers' events that named one of them before are applied again.
 * Marking them again is harmless, so a repeated delivery of the event needs no record of its own.
 */
@Component(service = EventSubscriber.class)
public final class DispatchedTracking implements EventSubscriber {

    private final Receipts receipts;
    private final EventCodec codec;

    @Activate
    public DispatchedTracking(@Reference Receipts receipts, @Reference EventCodec codec) {
        this.receipts = receipts;
        this.codec = codec;
    }

    @Override
    public String subscriberId() {
        return "carrier.dispatches";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(Dispatched.TYPE);
    }

    @Override
    public void onEvent(DomainEvent event) {
        receipts.rematch(codec.payload(event, Dispatched.class).packages().stream()
                .map(Dispatched.Package::trackingNumber).filter(number -> number != null && !number.isBlank())
                .toList());
    }
}
