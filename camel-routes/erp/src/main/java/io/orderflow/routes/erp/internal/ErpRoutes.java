package io.orderflow.routes.erp.internal;

import io.orderflow.routes.kit.KitRoutes;

/** {@code erp.post}: a look at the postings every {@code pollDelayMillis}. */
final class ErpRoutes extends KitRoutes {

    static final String FLOW = "erp";

    private final ErpDispatch dispatch;
    private final long delayMillis;

    ErpRoutes(ErpDispatch dispatch, long delayMillis) {
        super(FLOW);
        this.dispatch = dispatch;
        this.delayMillis = delayMillis;
    }

    @Override
    protected void routes() {
        from("scheduler:erp-post?delay=" + delayMillis).routeId(id("post")).process(exchange -> dispatch.look());
    }
}
