package io.orderflow.salesorder.internal.domain;

import io.orderflow.salesorder.api.MonthlyMeasures;
import io.orderflow.salesorder.api.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The monthly sales measures of docs/business-rules.md §6, counted from the facts of each order. */
public final class SalesMeasures {

    /** What the measures need to know of one order. */
    public record OrderFacts(Instant receivedAt, int revision, OrderStatus status, Instant confirmationDueAt,
                             Instant confirmedAt) {

        boolean corrected() {
            return revision > 1;
        }

        /** Confirmed, or not confirmed although due: rejected and cancelled orders never confirmed do not count. */
        boolean confirmationCounts(Instant now) {
            return confirmedAt != null || (status == OrderStatus.PENDING_CONFIRMATION || status == OrderStatus.ON_HOLD)
                    && confirmationDueAt.isBefore(now);
        }

        boolean confirmedWithinSla() {
            return confirmedAt != null && !confirmedAt.isAfter(confirmationDueAt);
        }
    }

    private SalesMeasures() {
    }

    /** One row per month from {@code from} to {@code to}, months without orders included. */
    public static List<MonthlyMeasures> of(List<OrderFacts> orders, YearMonth from, YearMonth to, ZoneId zone,
                                           Instant now) {
        Map<YearMonth, List<OrderFacts>> byMonth = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            byMonth.put(month, new ArrayList<>());
        }
        for (OrderFacts order : orders) {
            List<OrderFacts> month = byMonth.get(YearMonth.from(order.receivedAt().atZone(zone)));
            if (month != null) {
                month.add(order);
            }
        }
        List<MonthlyMeasures> rows = new ArrayList<>();
        byMonth.forEach((month, received) -> {
            int notCorrected = (int) received.stream().filter(o -> !o.corrected()).count();
            List<OrderFacts> due = received.stream().filter(o -> o.confirmationCounts(now)).toList();
            int withinSla = (int) due.stream().filter(OrderFacts::confirmedWithinSla).count();
            rows.add(new MonthlyMeasures(month, received.size(), notCorrected, rate(notCorrected, received.size()),
                    due.size(), withinSla, rate(withinSla, due.size())));
        });
        return rows;
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
