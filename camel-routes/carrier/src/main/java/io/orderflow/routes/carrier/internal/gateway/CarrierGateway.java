package io.orderflow.routes.carrier.internal.gateway;

import io.orderflow.logistics.api.TrackingService;
import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.carrier.internal.profile.CarrierProfile;
import io.orderflow.routes.carrier.internal.rest.CarrierViewsResource;
import io.orderflow.routes.carrier.internal.rest.WebhookResource;
import io.orderflow.routes.carrier.internal.rest.WebhooksInFlight;
import io.orderflow.routes.carrier.internal.store.Receipts;
import io.orderflow.routes.kit.RouteContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The carrier edge: webhooks at {@code /api/carrier/webhooks/{carrier}}, verified by each carrier's signature and kept
 * raw before they are answered; the route {@code carrier.apply} hands their events to logistics; the views at
 * {@code /api/carrier} for {@code integration}. Carrier profiles come and go while it runs.
 */
@Component(service = {}, configurationPid = GatewaySettings.PID)
@Designate(ocd = GatewaySettings.class)
public final class CarrierGateway {

    static final String FLOW = "carrier";

    private final Map<String, CarrierProfile> profiles = new ConcurrentHashMap<>();
    private final RouteContext camel;
    private final RestPublisher.Publication webhooks;
    private final RestPublisher.Publication views;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TrackingService tracking;

    @Activate
    public CarrierGateway(BundleContext bundle, @Reference Receipts receipts, @Reference RestPublisher rest,
                          @Reference BusinessClock clock, GatewaySettings settings) throws Exception {
        ReceiptProcessor processor = new ReceiptProcessor(receipts, this::profile, () -> tracking, clock);
        WebhooksInFlight inFlight = new WebhooksInFlight();
        this.camel = RouteContext.open(bundle, FLOW, new CarrierRoutes(processor, inFlight,
                settings.applyDelayMillis()));
        this.webhooks = rest.publishVerifiedByCaller("/carrier/webhooks", List.of(new WebhookResource(this::profile,
                receipts, clock, settings.maxBodyBytes(), settings.retryAfterSeconds(), inFlight)));
        this.views = rest.publish("/carrier", List.of(new CarrierViewsResource(receipts)));
    }

    @Reference(service = CarrierProfile.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProfile(CarrierProfile profile) {
        profiles.put(profile.carrier(), profile);
    }

    void removeProfile(CarrierProfile profile) {
        profiles.remove(profile.carrier(), profile);
    }

    private Optional<CarrierProfile> profile(String carrier) {
        return Optional.ofNullable(carrier == null ? null : profiles.get(carrier));
    }

    @Deactivate
    void close() throws Exception {
        webhooks.close();
        views.close();
        camel.close();
    }
}
