package io.orderflow.logistics.internal;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.internal.domain.OrderStages;
import io.orderflow.logistics.internal.jpa.LogisticsQueries;
import io.orderflow.logistics.internal.jpa.ShippingOrderEntity;
import java.time.LocalDate;
import javax.persistence.EntityManager;

/** Recomputes an order's stage after a change to its lines or shipments, within the caller's transaction. */
final class OrderAdvance {

    private OrderAdvance() {
    }

    static OrderStage restage(EntityManager em, ShippingOrderEntity order, LocalDate today) {
        em.flush();
        OrderStage stage = OrderStages.of(order.progress(), LogisticsQueries.awaitingSignOff(em, order.orderNumber()),
                order.needsInstallation(), order.installed());
        order.stage(stage, today);
        return stage;
    }
}
