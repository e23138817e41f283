package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.salesorder.api.event.SalesOrderEvents;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a timeline says of an event, in words a member of staff reads at a glance. */
public final class TimelineSummaries {

    static final int MAX_LENGTH = 500;
    /** Production's events about an order; production's API owns the names. */
    public static final String PRODUCTION_DELAYED = "production/DELAYED";
    public static final String PRODUCTION_STARTED = "production/STARTED";
    public static final String PRODUCTION_COMPLETED = "production/COMPLETED";
    public static final String PRODUCTION_CHANGE_ASSESSED = "production/CHANGE_ASSESSED";
    /** The warehouse's events about an order; the warehouse's API owns the names. */
    public static final String STOCK_RESERVED = "warehouse/STOCK_RESERVED";
    public static final String ORDER_FULLY_RESERVED = "warehouse/ORDER_FULLY_RESERVED";
    public static final String STOCK_RELEASED = "warehouse/STOCK_RELEASED";

    private TimelineSummaries() {
    }

    public static String of(DomainEvent event) {
        Map<String, Object> p = event.payload();
        String summary = switch (event.type()) {
            case SalesOrderEvents.RECEIVED -> String.format("Received via %s from %s (PO %s): %d line(s), total %s %s",
                    p.get(SalesOrderEvents.KEY_CHANNEL), p.get(SalesOrderEvents.KEY_CUSTOMER_ID),
                    p.get(SalesOrderEvents.KEY_CUSTOMER_PO), lines(p), p.get(SalesOrderEvents.KEY_TOTAL),
                    p.get(SalesOrderEvents.KEY_CURRENCY));
            case SalesOrderEvents.REVIEW_DECISION -> String.format("%s by %s %s (%s)%s",
                    "APPROVE".equals(p.get("decision")) ? "Approved" : "Rejected", p.get("role"), p.get("actor"),
                    p.get("rule"), remark(p.get("remark")));
            case SalesOrderEvents.CONFIRMED -> String.format("Confirmed: %d line(s), total %s %s, delivery %s%s", lines(p),
                    p.get(SalesOrderEvents.KEY_TOTAL), p.get(SalesOrderEvents.KEY_CURRENCY), p.get("requestedDelivery"),
                    Integer.valueOf(0).equals(p.get("prepaymentPercent")) ? ""
                            : "; " + p.get("prepaymentPercent") + "% to be prepaid before production");
            case SalesOrderEvents.REJECTED -> String.format("Rejected by %s %s: %s", p.get("role"), p.get("actor"), p.get("reason"));
            case SalesOrderEvents.CANCELLED -> String.format("Cancelled by %s: %s", p.get("actor"), p.get("reason"));
            case SalesOrderEvents.HELD -> String.format("Put on hold by %s: %s", p.get("actor"), p.get("reason"));
            case SalesOrderEvents.RELEASED -> String.format("Hold released by %s; back to %s", p.get("actor"), p.get("status"));
            case SalesOrderEvents.PREPAYMENT_RECORDED -> String.format("Prepayment of %s %s recorded (%s); %s %s received, %s",
                    p.get("amount"), p.get("currency"), p.get("reference"), p.get("received"), p.get("currency"),
                    Boolean.TRUE.equals(p.get("satisfied")) ? "enough for production" : "not yet enough for production");
            case SalesOrderEvents.PROMISED_DATE_CHANGED -> String.format("Customer told by %s: delivery %s instead of"
                    + " %s%s", p.get("actor"), p.get("newDate"), p.get("oldDate"),
                    "".equals(p.get("compensation")) ? "" : "; compensation: " + p.get("compensation"));
            case SalesOrderEvents.CHANGE_REQUESTED -> String.format("Change %s requested: %s", p.get("changeId"),
                    p.get("reason"));
            case SalesOrderEvents.CHANGE_ANSWERED -> String.format("Change %s %s by %s%s", p.get("changeId"),
                    String.valueOf(p.get("status")).toLowerCase().replace('_', ' '), p.get("actor"),
                    "".equals(p.get("projectedDelivery")) || p.get("projectedDelivery") == null ? remark(p.get("remark"))
                            : ", delivery by " + p.get("projectedDelivery") + remark(p.get("remark")));
            case SalesOrderEvents.REVISED -> String.format("Revision %s from change %s: %d line(s), total %s %s, delivery %s",
                    p.get("revision"), p.get("changeId"), lines(p), p.get(SalesOrderEvents.KEY_TOTAL),
                    p.get(SalesOrderEvents.KEY_CURRENCY), p.get("requestedDelivery"));
            case PRODUCTION_DELAYED -> String.format("Production delayed: delivery %s instead of %s (%s); the customer"
                    + " must be told", p.get("newDate"), p.get("oldDate"), p.get("reason"));
            case PRODUCTION_STARTED -> String.format("Production started: %s", startedLines(p));
            case PRODUCTION_COMPLETED -> String.format("Production of line %s completed: %s %s passed inspection",
                    p.get("lineNo"), p.get("quantity"), p.get("product"));
            case STOCK_RESERVED -> String.format("Stock reserved for revision %s: %s", p.get("revision"),
                    reservedLines(p));
            case ORDER_FULLY_RESERVED -> String.format("Every line reserved (%s); awaiting shipment", p.get("warehouses"));
            case STOCK_RELEASED -> String.format("Reserved stock released: %s", p.get("reason"));
            default -> event.type();
        };
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** "line 1 LED-LAMP 100 of 100, line 2 SMART-LAMP 30 of 50 (20 missing)". */
    private static String reservedLines(Map<String, Object> payload) {
        if (!(payload.get(SalesOrderEvents.KEY_LINES) instanceof List<?> lines)) {
            return "";
        }
        return lines.stream().map(line -> (Map<?, ?>) line).map(l -> "line " + l.get("lineNo") + " "
                + l.get("productCode") + " " + l.get("reserved") + " of " + l.get("ordered")
                + ("0".equals(l.get("missing")) ? "" : " (" + l.get("missing") + " missing)"))
                .collect(Collectors.joining(", "));
    }

    /** "line 1 SMART-LAMP 470 (production order 3)". */
    private static String startedLines(Map<String, Object> payload) {
        if (!(payload.get("productionOrders") instanceof List<?> orders)) {
            return "";
        }
        return orders.stream().map(order -> (Map<?, ?>) order).map(o -> "line " + o.get("lineNo") + " "
                + o.get("product") + " " + o.get("quantity") + " (production order " + o.get("id") + ")")
                .collect(Collectors.joining(", "));
    }

    private static String remark(Object remark) {
        return remark == null || remark.toString().isBlank() ? "" : ": " + remark;
    }

    private static int lines(Map<String, Object> payload) {
        return payload.get(SalesOrderEvents.KEY_LINES) instanceof List<?> lines ? lines.size() : 0;
    }
}
