package io.orderflow.production.internal;

import io.orderflow.production.api.event.ChangeAssessed;
import io.orderflow.production.internal.domain.Job;
import io.orderflow.production.internal.jpa.PlanningData;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.event.ChangeRequested;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.persistence.EntityManager;

/**
 * Production's answer to a change request: the extra units it asks for are scheduled as a what-if after everything
 * planned; the change is feasible when they would be made by the date the order asks for.
 */
final class ChangeAssessment {

    private ChangeAssessment() {
    }

    /** Production's answer to the change request. */
    static ChangeAssessed assess(EntityManager em, Replanner replanner, SalesOrder order, ChangeRequested request,
                                 Instant now) {
        LocalDate asked = request.requestedDelivery() == null ? order.requestedDelivery() : request.requestedDelivery();
        List<Job> extra = new ArrayList<>();
        List<String> notMade = new ArrayList<>();
        if (request.lines() != null) {
            for (ChangeRequested.Line line : request.lines()) {
                if (line.quantity() == null) {
                    continue;
                }
                int lineNo = line.lineNo();
                OrderLine current = order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
                BigDecimal more = line.quantity().subtract(current.quantity());
                String product = current.productCode().value();
                if (more.signum() <= 0) {
                    continue;
                }
                if (!PlanningData.isMade(em, product)) {
                    notMade.add(product);
                } else {
                    extra.add(new Job("change-" + request.changeId() + "-" + lineNo, order.number(), product, more,
                            Job.AFTER_PROMISES, now, null));
                }
            }
        }
        LocalDate projected = extra.isEmpty() ? planned(em, order, replanner.today()) : replanner.project(em, extra);
        boolean feasible = notMade.isEmpty() && !projected.isAfter(asked);
        return new ChangeAssessed(request.changeId(), feasible, feasible ? projected : null, !notMade.isEmpty()
                ? "not made here: " + String.join(", ", notMade)
                : "the current schedule makes it by " + projected + (feasible ? "" : "; asked for " + asked));
    }

    /** Without extra units: when what is already planned for the order is done; today when nothing is. */
    private static LocalDate planned(EntityManager em, SalesOrder order, LocalDate today) {
        return PlanningData.ordersOf(em, order.number()).stream().filter(p -> p.status().open())
                .map(ProductionOrderEntity::projectedCompletion).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(today);
    }
}
