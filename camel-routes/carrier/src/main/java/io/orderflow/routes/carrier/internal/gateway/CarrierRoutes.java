package io.orderflow.routes.carrier.internal.gateway;

import io.orderflow.routes.kit.KitRoutes;

/**
 * {@code carrier.apply}: kept webhooks applied to shipments, a few batches at each look. At the default look every
 * 500 ms that is up to 400 webhooks a second, twice what a busy carrier sends; a larger burst is kept first and
 * applied after it, so that applying does not take the processor time the webhooks' answers need.
 */
final class CarrierRoutes extends KitRoutes {

    private static final int BATCHES_PER_LOOK = 4;

    private final ReceiptProcessor processor;
    private final long delayMillis;

    CarrierRoutes(ReceiptProcessor processor, long delayMillis) {
        super(CarrierGateway.FLOW);
        this.processor = processor;
        this.delayMillis = delayMillis;
    }

    @Override
    protected void routes() {
        from("scheduler:carrier-apply?delay=" + delayMillis).routeId(id("apply"))
                .process(exchange -> {
                    for (int batch = 0; batch < BATCHES_PER_LOOK; batch++) {
                        if (processor.applyPending() == 0) {
                            break;
                        }
                    }
                });
    }
}
