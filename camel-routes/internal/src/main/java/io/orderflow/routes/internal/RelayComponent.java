package io.orderflow.routes.internal;

import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.event.EventDeliveries;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.OutboxListener;
import io.orderflow.routes.kit.RouteContext;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: owns the {@code orderflow-internal} Camel context and delivers committed events to the
 * subscriber services of this Karaf. Subscribers come and go (bundle updates); their events wait meanwhile.
 */
@Component(service = {}, configurationPid = "orderflow.routes.internal.relay")
@Designate(ocd = RelayComponent.Config.class)
public final class RelayComponent {

    @ObjectClassDefinition(name = "Orderflow outbox relay", description = "Delivery of domain events to subscribers")
    public @interface Config {
        @AttributeDefinition(min = "1", description = "Milliseconds between two passes that no appended event asked for: they"
                + " make the retries and find events written by other Karaf nodes")
        long pollIntervalMillis() default 1000;

        @AttributeDefinition(min = "1", description = "Most events opened, and most deliveries made per subscriber, in one pass")
        int batchSize() default 200;

        @AttributeDefinition(min = "1", description = "Subscribers served at the same time")
        int deliveryThreads() default 4;

        @AttributeDefinition(min = "1", description = "Minutes between two purges of what was delivered longer ago than the retention")
        int purgeIntervalMinutes() default 60;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RelayComponent.class);

    @Reference(service = EventSubscriber.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<EventSubscriber> subscribers;

    private final RouteContext routes;
    private final ServiceRegistration<OutboxListener> wakeUps;

    @Activate
    public RelayComponent(BundleContext bundleContext, @Reference EventDeliveries deliveries, Config config) throws Exception {
        if (config.pollIntervalMillis() < 1 || config.batchSize() < 1 || config.deliveryThreads() < 1
                || config.purgeIntervalMinutes() < 1) {
            throw new InvalidConfigurationException("orderflow.routes.internal.relay",
                    "pollIntervalMillis, batchSize, deliveryThreads and purgeIntervalMinutes", "must each be at least 1");
        }
        OutboxRelay relay = new OutboxRelay(deliveries, new InProcessTransport(this::liveSubscribers), config.batchSize());
        routes = RouteContext.open(bundleContext, "internal", new RelayRoutes(relay, config));
        ProducerTemplate passes = routes.producer();
        wakeUps = bundleContext.registerService(OutboxListener.class, event -> passes.sendBody(RelayRoutes.PASS, null), null);
        LOG.info("Outbox relay started: a pass when an event is appended and every {} ms, {} deliveries per"
                + " subscriber and pass", config.pollIntervalMillis(), config.batchSize());
    }

    private List<EventSubscriber> liveSubscribers() {
        List<EventSubscriber> current = subscribers;
        return current == null ? List.of() : current;
    }

    @Deactivate
    void stop() {
        wakeUps.unregister();
        routes.close(); // in-flight deliveries finish first
        LOG.info("Outbox relay stopped");
    }
}
