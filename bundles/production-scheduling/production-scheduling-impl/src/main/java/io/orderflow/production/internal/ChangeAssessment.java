package io.orderflow.production.internal;

import io.orderflow.production.internal.domain.Job;
import io.orderflow.production.internal.jpa.PlanningData;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.persistence.EntityManager;

/**
 * Production's answer to a change request: the extra units it asks for are scheduled as a what-if after everything
 * planned; the change is feasible when they would be made by the date the order asks for.
 */
final class ChangeAssessment {

    private ChangeAssessment() {
    }

    /** The {@code production/CHANGE_ASSESSED} payload for the request's payload (changeId, requestedDelivery, lines). */
    static Map<String, Object> assess(EntityManager em, Replanner replanner, SalesOrder order,
                                      Map<String, Object> request, Instant now) {
        LocalDate asked = request.get("requestedDelivery") == null || request.get("requestedDelivery").toString()
                .isBlank() ? order.requestedDelivery() : LocalDate.parse(request.get("requestedDelivery").toString());
        List<Job> extra = new ArrayList<>();
        List<String> notMade = new ArrayList<>();
        if (request.get("lines") instanceof List<?> lines) {
            for (Object item : lines) {
                Map<?, ?> line = (Map<?, ?>) item;
                Object quantity = line.get("quantity");
                if (quantity == null || quantity.toString().isBlank()) {
                    continue;
                }
                int lineNo = ((Number) line.get("lineNo")).intValue();
                OrderLine current = order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
                BigDecimal more = new BigDecimal(quantity.toString()).subtract(current.quantity());
                String product = current.productCode().value();
                if (more.signum() <= 0) {
                    continue;
                }
                if (!PlanningData.isMade(em, product)) {
                    notMade.add(product);
                } else {
                    extra.add(new Job("change-" + request.get("changeId") + "-" + lineNo, order.number(), product, more,
                            PlanningServiceImpl.AFTER_EVERYTHING, now, null));
                }
            }
        }
        LocalDate projected = extra.isEmpty() ? planned(em, order, replanner.today()) : replanner.project(em, extra);
        boolean feasible = notMade.isEmpty() && !projected.isAfter(asked);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("changeId", request.get("changeId"));
        payload.put("feasible", feasible);
        payload.put("projectedDelivery", feasible ? projected.toString() : "");
        payload.put("remark", !notMade.isEmpty() ? "not made here: " + String.join(", ", notMade)
                : "the current schedule makes it by " + projected + (feasible ? "" : "; asked for " + asked));
        return payload;
    }

    /** Without extra units: when what is already planned for the order is done; today when nothing is. */
    private static LocalDate planned(EntityManager em, SalesOrder order, LocalDate today) {
        return PlanningData.ordersOf(em, order.number()).stream().filter(p -> p.status().open())
                .map(ProductionOrderEntity::projectedCompletion).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(today);
    }
}
