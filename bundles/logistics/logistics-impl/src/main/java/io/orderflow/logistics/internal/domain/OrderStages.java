package io.orderflow.logistics.internal.domain;

import io.orderflow.logistics.api.OrderStage;
import java.util.List;

/** How far an order is in logistics, from its lines and shipments (docs/business-rules.md §8). */
public final class OrderStages {

    private OrderStages() {
    }

    /**
     * @param awaitingSignOff   a dispatched shipment of the order is not signed for yet
     * @param needsInstallation the order needs installation
     * @param installed         the customer accepted the installation
     */
    public static OrderStage of(List<LineProgress> lines, boolean awaitingSignOff, boolean needsInstallation,
                                boolean installed) {
        if (!lines.stream().allMatch(LineProgress::done)) {
            return OrderStage.OPEN;
        }
        if (awaitingSignOff) {
            return OrderStage.SHIPPED;
        }
        return needsInstallation && !installed ? OrderStage.AWAITING_INSTALLATION : OrderStage.COMPLETED;
    }
}
