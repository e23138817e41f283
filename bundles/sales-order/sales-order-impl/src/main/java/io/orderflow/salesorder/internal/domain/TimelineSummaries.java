package io.orderflow.salesorder.internal.domain;

import static java.util.Map.entry;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.InstallationAccepted;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.logistics.api.event.TrackingUpdated;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.production.api.event.ChangeAssessed;
import io.orderflow.production.api.event.ProductionCompleted;
import io.orderflow.production.api.event.ProductionDelayed;
import io.orderflow.production.api.event.ProductionStarted;
import io.orderflow.salesorder.api.Decision;
import io.orderflow.salesorder.api.event.ChangeAnswered;
import io.orderflow.salesorder.api.event.ChangeRequested;
import io.orderflow.salesorder.api.event.HoldReleased;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderHeld;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.api.event.OrderRejected;
import io.orderflow.salesorder.api.event.OrderRevised;
import io.orderflow.salesorder.api.event.PrepaymentRecorded;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import io.orderflow.salesorder.api.event.ReviewDecided;
import io.orderflow.warehouse.api.event.OrderFullyReserved;
import io.orderflow.warehouse.api.event.StockReleased;
import io.orderflow.warehouse.api.event.StockReserved;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a timeline says of an event, in words a member of staff reads at a glance. */
public final class TimelineSummaries {

    static final int MAX_LENGTH = 500;

    /** The events a timeline has words for, by type: sales' own, production's, the warehouse's and logistics'. */
    private static final Map<String, Class<? extends EventPayload>> WORDED = Map.ofEntries(
            entry(OrderReceived.TYPE, OrderReceived.class), entry(ReviewDecided.TYPE, ReviewDecided.class),
            entry(OrderConfirmed.TYPE, OrderConfirmed.class), entry(OrderRejected.TYPE, OrderRejected.class),
            entry(OrderCancelled.TYPE, OrderCancelled.class), entry(OrderHeld.TYPE, OrderHeld.class),
            entry(HoldReleased.TYPE, HoldReleased.class), entry(PrepaymentRecorded.TYPE, PrepaymentRecorded.class),
            entry(PromisedDateChanged.TYPE, PromisedDateChanged.class),
            entry(ChangeRequested.TYPE, ChangeRequested.class), entry(ChangeAnswered.TYPE, ChangeAnswered.class),
            entry(OrderRevised.TYPE, OrderRevised.class), entry(ProductionDelayed.TYPE, ProductionDelayed.class),
            entry(ProductionStarted.TYPE, ProductionStarted.class),
            entry(ProductionCompleted.TYPE, ProductionCompleted.class),
            entry(StockReserved.TYPE, StockReserved.class), entry(OrderFullyReserved.TYPE, OrderFullyReserved.class),
            entry(StockReleased.TYPE, StockReleased.class), entry(Dispatched.TYPE, Dispatched.class),
            entry(BackorderClosed.TYPE, BackorderClosed.class), entry(SignedOff.TYPE, SignedOff.class),
            entry(InstallationAccepted.TYPE, InstallationAccepted.class),
            entry(TrackingUpdated.TYPE, TrackingUpdated.class));

    private TimelineSummaries() {
    }

    /** The summary of a delivered event: its payload read through {@code codec} when the timeline has words for it. */
    public static String of(DomainEvent event, EventCodec codec) {
        Class<? extends EventPayload> type = WORDED.get(event.type());
        return of(event.type(), type == null ? null : codec.payload(event, type));
    }

    /** The summary of an event of {@code type}; an event without its own wording (null payload) shows its type. */
    public static String of(String type, EventPayload payload) {
        return fit(payload == null ? type : words(payload));
    }

    /** A summary cut to what a timeline entry keeps. */
    public static String fit(String summary) {
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String words(EventPayload payload) {
        if (payload instanceof OrderReceived p) {
            return String.format("Received via %s from %s (PO %s): %d line(s), total %s %s%s", p.channel(),
                    p.customerId(), p.customerPo(), count(p.lines()), plain(p.total()), p.currency(),
                    replacing(p.replacementFor()));
        } else if (payload instanceof ReviewDecided p) {
            return String.format("%s by %s %s (%s)%s", p.decision() == Decision.APPROVE ? "Approved" : "Rejected",
                    p.role(), p.actor(), p.rule(), remark(p.remark()));
        } else if (payload instanceof OrderConfirmed p) {
            return String.format("Confirmed: %d line(s), total %s %s, delivery %s%s%s", count(p.lines()),
                    plain(p.total()), p.currency(), p.requestedDelivery(), p.prepaymentPercent() == 0 ? ""
                            : "; " + p.prepaymentPercent() + "% to be prepaid before production",
                    replacing(p.replacementFor()));
        } else if (payload instanceof OrderRejected p) {
            return String.format("Rejected by %s %s: %s", p.role(), p.actor(), p.reason());
        } else if (payload instanceof OrderCancelled p) {
            return String.format("Cancelled by %s: %s", p.actor(), p.reason());
        } else if (payload instanceof OrderHeld p) {
            return String.format("Put on hold by %s: %s", p.actor(), p.reason());
        } else if (payload instanceof HoldReleased p) {
            return String.format("Hold released by %s; back to %s", p.actor(), p.status());
        } else if (payload instanceof PrepaymentRecorded p) {
            return String.format("Prepayment of %s %s recorded (%s); %s %s received, %s", plain(p.amount()),
                    p.currency(), p.reference(), plain(p.received()), p.currency(),
                    p.satisfied() ? "enough for production" : "not yet enough for production");
        } else if (payload instanceof PromisedDateChanged p) {
            return String.format("Customer told by %s: delivery %s instead of %s%s", p.actor(), p.newDate(),
                    p.oldDate(), blank(p.compensation()) ? "" : "; compensation: " + p.compensation());
        } else if (payload instanceof ChangeRequested p) {
            return String.format("Change %s requested: %s", p.changeId(), p.reason());
        } else if (payload instanceof ChangeAnswered p) {
            return String.format("Change %s %s by %s%s", p.changeId(),
                    String.valueOf(p.status()).toLowerCase().replace('_', ' '), p.actor(),
                    p.projectedDelivery() == null ? remark(p.remark())
                            : ", delivery by " + p.projectedDelivery() + remark(p.remark()));
        } else if (payload instanceof OrderRevised p) {
            return String.format("Revision %s from change %s: %d line(s), total %s %s, delivery %s", p.revision(),
                    p.changeId(), count(p.lines()), plain(p.total()), p.currency(), p.requestedDelivery());
        }
        return otherDepartments(payload);
    }

    /** "; replacement for order SO-…" on a replacement's events, nothing on others'. */
    private static String replacing(String original) {
        return original == null ? "" : "; replacement for order " + original + ", at no charge";
    }

    /** Production's and the warehouse's events about the order, then logistics'. */
    private static String otherDepartments(EventPayload payload) {
        if (payload instanceof ProductionDelayed p) {
            return String.format("Production delayed: delivery %s instead of %s (%s); the customer must be told",
                    p.newDate(), p.oldDate(), p.reason());
        } else if (payload instanceof ProductionStarted p) {
            return "Production started: " + startedLines(p.productionOrders());
        } else if (payload instanceof ProductionCompleted p) {
            return String.format("Production of line %s completed: %s %s passed inspection", p.lineNo(),
                    plain(p.quantity()), p.product());
        } else if (payload instanceof StockReserved p) {
            return String.format("Stock reserved for revision %s: %s", p.revision(), reservedLines(p.lines()));
        } else if (payload instanceof OrderFullyReserved p) {
            return String.format("Every line reserved (%s); awaiting shipment", p.warehouses());
        } else if (payload instanceof StockReleased p) {
            return "Reserved stock released: " + p.reason();
        }
        return logistics(payload);
    }

    /** The packages' carriers and tracking numbers, " (SF-EXPRESS SF1, SF-EXPRESS SF2)"; "" when none. */
    private static String tracking(List<Dispatched.Package> packages) {
        if (packages == null || packages.isEmpty()) {
            return "";
        }
        return packages.stream().map(p -> p.carrier() + " " + p.trackingNumber())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** Logistics' events about the order, each but the carriers' news followed by the order's lines and stage. */
    private static String logistics(EventPayload payload) {
        if (payload instanceof TrackingUpdated p) {
            return String.format("Shipment %s %s%s per %s %s%s%s", p.shipment(), milestone(p.milestone()),
                    p.flags() == null || p.flags().isEmpty() ? "" : p.flags().stream().map(TimelineSummaries::spoken)
                            .collect(Collectors.joining(", ", " (", ")")),
                    p.carrier(), p.trackingNumber(), when(p), blank(p.location()) ? "" : " in " + p.location());
        } else if (payload instanceof Dispatched p) {
            // the dispatch notice of a customer without EDI: how it travels, how to track it, when it arrives
            return String.format("Shipment %s dispatched%s%s%s: %s", p.shipment(),
                    p.method() == null ? "" : " by " + p.method(), tracking(p.packages()),
                    p.estimatedArrival() == null ? "" : ", arrival about " + p.estimatedArrival(),
                    progress(p.lines(), p.stage()));
        } else if (payload instanceof BackorderClosed p) {
            return String.format("Backorder closed%s (%s): %s", blank(p.actor()) ? "" : " by " + p.actor(),
                    p.reason(), progress(p.lines(), p.stage()));
        } else if (payload instanceof SignedOff p) {
            return String.format("Signed off by %s at %s for shipment %s%s: %s", p.signer(), p.signedAt(),
                    p.shipment(), source(p.source()), progress(p.lines(), p.stage()));
        } else if (payload instanceof InstallationAccepted p) {
            String installed = (p.installedOn() == null ? "" : " on " + p.installedOn())
                    + (blank(p.installer()) ? "" : " by " + p.installer());
            return String.format("Installation accepted by %s%s: %s", p.acceptedBy(),
                    installed.isEmpty() ? "" : ", installed" + installed, progress(p.lines(), p.stage()));
        }
        return payload.eventType();
    }

    /** "out for delivery"; "no milestone yet" for an unmapped code that only changed the flags. */
    private static String milestone(Milestone milestone) {
        return milestone == null || milestone == Milestone.UNKNOWN ? "no milestone yet" : spoken(milestone);
    }

    /** "address issue". */
    private static String spoken(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }

    /** The carrier's local time as given, its offset and where that came from: " at 2026-12-08T09:30 +08:00 …". */
    private static String when(TrackingUpdated p) {
        if (blank(p.localTime())) {
            return ", time not given";
        }
        if (blank(p.offset())) {
            return " at " + p.localTime() + " local time, zone not known";
        }
        return " at " + p.localTime() + " " + p.offset() + switch (blank(p.zoneSource()) ? "" : p.zoneSource()) {
            case "OFFSET_GIVEN" -> " (offset given)";
            case "INFERRED_FROM_LOCATION" -> " (zone inferred from the location)";
            case "ASSUMED" -> " (zone assumed)";
            default -> "";
        };
    }

    /** "line 1 60 of 100 shipped, line 2 20 of 50 shipped and 30 closed (partly shipped)". */
    private static String progress(List<LineProgress> lines, OrderStage stage) {
        List<LineProgress> each = lines == null ? List.of() : lines;
        String shipped = each.stream().map(l -> "line " + l.lineNo() + " " + plain(l.shipped()) + " of "
                + plain(l.ordered()) + " shipped"
                + (l.closed() == null || l.closed().signum() == 0 ? "" : " and " + plain(l.closed()) + " closed"))
                .collect(Collectors.joining(", "));
        return shipped + " (" + switch (stage) {
            case OPEN -> each.stream().anyMatch(l -> l.shipped() != null && l.shipped().signum() > 0)
                    ? "partly shipped" : "nothing shipped yet";
            case SHIPPED -> "all shipped or closed, awaiting sign-off";
            case AWAITING_INSTALLATION -> "signed for, awaiting installation";
            case COMPLETED -> "completed";
        } + ")";
    }

    private static String source(SignOffSource source) {
        return source == null ? "" : switch (source) {
            case CARRIER_POD -> ", per the carrier's proof of delivery";
            case DRIVER -> ", per the driver";
            case CUSTOMER_WORD -> ", on the customer's word";
        };
    }

    /** "line 1 LED-LAMP 100 of 100, line 2 SMART-LAMP 30 of 50 (20 missing)". */
    private static String reservedLines(List<StockReserved.Line> lines) {
        return lines == null ? "" : lines.stream().map(l -> "line " + l.lineNo() + " " + l.productCode() + " "
                + plain(l.reserved()) + " of " + plain(l.ordered())
                + ("0".equals(plain(l.missing())) ? "" : " (" + plain(l.missing()) + " missing)"))
                .collect(Collectors.joining(", "));
    }

    /** "line 1 SMART-LAMP 470 (production order 3)". */
    private static String startedLines(List<ProductionStarted.Order> orders) {
        return orders == null ? "" : orders.stream().map(o -> "line " + o.lineNo() + " " + o.product() + " "
                + plain(o.quantity()) + " (production order " + o.id() + ")").collect(Collectors.joining(", "));
    }

    /** A decimal as the event carries it: plain, as written ("null" when the event had none). */
    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String remark(String remark) {
        return blank(remark) ? "" : ": " + remark;
    }

    private static int count(List<?> lines) {
        return lines == null ? 0 : lines.size();
    }
}
