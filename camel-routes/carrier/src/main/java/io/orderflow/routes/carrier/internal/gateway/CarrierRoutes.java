package io.orderflow.routes.carrier.internal.gateway;

import io.orderflow.routes.carrier.internal.rest.WebhooksInFlight;
import io.orderflow.routes.kit.KitRoutes;

/**
 * {@code carrier.apply}: kept webhooks applied to shipments, a few batches at each look. Answering carriers comes
 * first: a look applies one batch, and more only while no webhook waits for its answer. At the default look every
 * 500 ms that is up to 400 webhooks a second, twice what a busy carrier sends, and at least 100 a second through a
 * burst, which is kept first and applied after it.
 */
final class CarrierRoutes extends KitRoutes {

    private static final int BATCHES_PER_LOOK = 4;

    private final ReceiptProcessor processor;
    private final WebhooksInFlight inFlight;
    private final long delayMillis;

    CarrierRoutes(ReceiptProcessor processor, WebhooksInFlight inFlight, long delayMillis) {
        super(CarrierGateway.FLOW);
        this.processor = processor;
        this.inFlight = inFlight;
        this.delayMillis = delayMillis;
    }

    @Override
    protected void routes() {
        from("scheduler:carrier-apply?delay=" + delayMillis).routeId(id("apply"))
                .process(exchange -> {
                    for (int batch = 0; batch < BATCHES_PER_LOOK; batch++) {
                        if (batch > 0 && inFlight.any() || processor.applyPending() == 0) {
                            break;
                        }
                    }
                });
    }
}
