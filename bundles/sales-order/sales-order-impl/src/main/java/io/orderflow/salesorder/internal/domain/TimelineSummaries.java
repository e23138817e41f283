package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.salesorder.api.event.SalesOrderEvents;
import java.util.List;
import java.util.Map;

/** What a timeline says of an event, in words a member of staff reads at a glance. */
public final class TimelineSummaries {

    static final int MAX_LENGTH = 500;

    private TimelineSummaries() {
    }

    public static String of(DomainEvent event) {
        Map<String, Object> p = event.payload();
        String summary = switch (event.type()) {
            case SalesOrderEvents.RECEIVED -> String.format("Received via %s from %s (PO %s): %d line(s), total %s %s",
                    p.get(SalesOrderEvents.KEY_CHANNEL), p.get(SalesOrderEvents.KEY_CUSTOMER_ID),
                    p.get(SalesOrderEvents.KEY_CUSTOMER_PO), lines(p), p.get(SalesOrderEvents.KEY_TOTAL),
                    p.get(SalesOrderEvents.KEY_CURRENCY));
            default -> event.type();
        };
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static int lines(Map<String, Object> payload) {
        return payload.get(SalesOrderEvents.KEY_LINES) instanceof List<?> lines ? lines.size() : 0;
    }
}
