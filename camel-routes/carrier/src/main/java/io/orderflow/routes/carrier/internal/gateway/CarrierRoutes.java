package io.orderflow.routes.carrier.internal.gateway;

import io.orderflow.routes.kit.KitRoutes;

/** {@code carrier.apply}: kept webhooks applied to shipments, a batch at a time, as long as there are any. */
final class CarrierRoutes extends KitRoutes {

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
                    while (processor.applyPending() > 0) {
                        // a backlog is worked off before the next look
                    }
                });
    }
}
