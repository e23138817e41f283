package io.orderflow.routes.kit;

import java.util.Objects;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel context of one route bundle, and its one owner: created and named {@code orderflow-<flow>}, started
 * before any route is added (a context started after its routes does not start them here), registered as a service
 * for Karaf's {@code camel:*} commands, and stopped last, in-flight exchanges finishing first. A component opens it
 * in its activation and closes it in its deactivation.
 */
public final class RouteContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RouteContext.class);

    private final String flow;
    private final CamelContext camel;
    private final Runnable unregister;

    private RouteContext(String flow, CamelContext camel, Runnable unregister) {
        this.flow = flow;
        this.camel = camel;
        this.unregister = unregister;
    }

    /** Opens the context of flow {@code flow} ({@code internal}, {@code edi}, …) for the bundle of {@code bundle}. */
    public static RouteContext open(BundleContext bundle, String flow, RoutesBuilder... routes) throws Exception {
        return open(flow, name -> {
            OsgiDefaultCamelContext camel = new OsgiDefaultCamelContext(bundle);
            camel.setName(name);
            return camel;
        }, camel -> {
            ServiceRegistration<CamelContext> registration = bundle.registerService(CamelContext.class, camel, null);
            return registration::unregister;
        }, routes);
    }

    /** As {@link #open(BundleContext, String, RoutesBuilder...)} with a context and a registry of the caller's. */
    static RouteContext open(String flow, Function<String, CamelContext> create,
                             Function<CamelContext, Runnable> register, RoutesBuilder... routes) throws Exception {
        Objects.requireNonNull(flow, "flow");
        CamelContext camel = create.apply("orderflow-" + flow);
        try {
            camel.start();
            for (RoutesBuilder builder : routes) {
                camel.addRoutes(builder);
            }
        } catch (Exception e) {
            camel.stop(); // a component whose activation fails is dropped: its threads must not outlive it
            throw e;
        }
        return new RouteContext(flow, camel, register.apply(camel));
    }

    /** Adds routes to the running context (a partner's, say); they start at once. */
    public void add(RoutesBuilder routes) throws Exception {
        camel.addRoutes(routes);
    }

    /** Stops the route, letting its exchange in hand finish, and removes it; nothing when there is none. */
    public void remove(String routeId) throws Exception {
        if (camel.getRoute(routeId) != null) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    /** A producer on this context, to hand work to its routes from outside Camel. */
    public ProducerTemplate producer() {
        return camel.createProducerTemplate();
    }

    CamelContext camel() {
        return camel;
    }

    /** Unregisters the context and stops it; exchanges in flight finish first. */
    @Override
    public void close() {
        unregister.run();
        camel.stop();
        LOG.debug("Camel context of flow {} stopped", flow);
    }
}
