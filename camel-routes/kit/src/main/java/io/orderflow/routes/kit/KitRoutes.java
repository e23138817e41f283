package io.orderflow.routes.kit;

import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of a route bundle's routes. Every route gets an id {@code <flow>.<step>[.<partner>]} and an error
 * handler: a failed exchange is logged at WARN with its route id and the cause, once per exchange and without a
 * stack trace spread over the log, and is then left to the route's own idea of a retry (a file stays in place, a
 * delivery is tried again by the relay). Subclasses write {@link #routes()}.
 */
public abstract class KitRoutes extends RouteBuilder {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String flow;

    protected KitRoutes(String flow) {
        this.flow = part(flow, "flow");
    }

    /** {@code <flow>.<step>}. */
    public static String routeId(String flow, String step) {
        return part(flow, "flow") + "." + part(step, "step");
    }

    /** {@code <flow>.<step>.<partner>}. */
    public static String routeId(String flow, String step, String partner) {
        return routeId(flow, step) + "." + part(partner, "partner");
    }

    /** This flow's {@code <flow>.<step>}. */
    protected String id(String step) {
        return routeId(flow, step);
    }

    /** This flow's {@code <flow>.<step>.<partner>}. */
    protected String id(String step, String partner) {
        return routeId(flow, step, partner);
    }

    @Override
    public final void configure() throws Exception {
        onException(Exception.class).handled(handlesFailures()).process(this::logFailure);
        routes();
    }

    /** The routes, each with an id from {@link #id}. */
    protected abstract void routes() throws Exception;

    /**
     * Whether a failure ends with the log line (true: the route's own bookkeeping holds what is left to do) or is
     * handed back to the consumer as well (false: a file consumer then leaves the file in place to try again).
     */
    protected boolean handlesFailures() {
        return true;
    }

    private void logFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        log.warn("Route {} failed, a later attempt tries again: {}", exchange.getFromRouteId(), cause(failure));
        log.debug("Route {} failure", exchange.getFromRouteId(), failure);
    }

    /** The failure and, when Camel wrapped it, what it wrapped: the wrapper alone says nothing to an operator. */
    static String cause(Throwable failure) {
        if (failure == null) {
            return "no cause";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + ", caused by " + root;
    }

    private static String part(String value, String what) {
        if (value == null || !PART.matcher(value).matches()) {
            throw new IllegalArgumentException("a route id's " + what + " is letters, digits, '-' and '_' (no dots),"
                    + " got " + value);
        }
        return value;
    }
}
