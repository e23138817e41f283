package io.orderflow.routes.internal;

import io.orderflow.routes.kit.KitRoutes;

/**
 * The relay's routes. A pass opens deliveries for new events and serves every reachable subscriber in parallel
 * (each one's events in order). Passes run one at a time, from one queue of at most one waiting request: a wake-up
 * when an event is appended (a pass then waits on the appending transaction's lock and runs as it commits), and a
 * periodic one for retries and for events the wake-up missed. A purge runs now and then. A failed pass (the database
 * is restarting, a lock timed out) is logged by the kit and a later pass tries again: the delivery book, not the
 * route, holds what is left to do.
 */
final class RelayRoutes extends KitRoutes {

    /** One consumer, and room for one pending request: wake-ups that come during a pass fold into one more pass. */
    static final String PASS = "seda:relay-pass?size=1&discardWhenFull=true";

    private final OutboxRelay relay;
    private final RelayComponent.Config config;

    RelayRoutes(OutboxRelay relay, RelayComponent.Config config) {
        super("relay");
        this.relay = relay;
        this.config = config;
    }

    @Override
    protected void routes() {
        from("scheduler:outbox-relay?delay=" + config.pollIntervalMillis()).routeId(id("tick"))
                .to(PASS);

        from(PASS).routeId(id("pass"))
                .bean(relay, "fanOut")
                .bean(relay, "subscribers")
                .split(body()).parallelProcessing()
                    .executorService(getContext().getExecutorServiceManager()
                            .newFixedThreadPool(this, "relay-delivery", config.deliveryThreads()))
                    .bean(relay, "deliver(${body})")
                .end();

        from("scheduler:outbox-purge?delay=" + config.purgeIntervalMinutes() * 60_000L + "&initialDelay=60000")
                .routeId(id("purge"))
                .bean(relay, "purge");
    }
}
