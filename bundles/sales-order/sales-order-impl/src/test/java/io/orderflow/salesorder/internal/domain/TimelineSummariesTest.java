package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.InstallationAccepted;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.logistics.api.event.TrackingUpdated;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.Decision;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.api.event.OrderRejected;
import io.orderflow.salesorder.api.event.OrderedLine;
import io.orderflow.salesorder.api.event.ReviewDecided;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineSummariesTest {

    private static OrderedLine line(int lineNo) {
        return new OrderedLine(lineNo, "LED-LAMP", "", BigDecimal.TEN, "PCS");
    }

    private static String summary(io.orderflow.platform.api.event.EventPayload payload) {
        return TimelineSummaries.of(payload.eventType(), payload);
    }

    @Test
    void aReceivedOrderIsSummarisedWithChannelCustomerPoLinesAndTotal() {
        OrderReceived received = new OrderReceived("CUST-A", "PO-1001", Channel.REST, new BigDecimal("2500.00"), "CNY",
                List.of(line(1), line(2)), List.of());
        assertEquals("Received via REST from CUST-A (PO PO-1001): 2 line(s), total 2500.00 CNY", summary(received));
    }

    @Test
    void aReplacementSaysWhichOrderItReplacesGoodsOf() {
        assertEquals("Received via AFTER_SALES from CUST-A (PO RMA-2026-000001): 1 line(s), total 0.00 CNY;"
                + " replacement for order SO-2026-000007, at no charge", summary(new OrderReceived("CUST-A",
                "RMA-2026-000001", Channel.AFTER_SALES, new BigDecimal("0.00"), "CNY", List.of(line(1)), List.of(),
                "REPLACEMENT", "SO-2026-000007")));
        assertEquals("Confirmed: 1 line(s), total 0.00 CNY, delivery 2026-12-10; replacement for order"
                + " SO-2026-000007, at no charge", summary(new OrderConfirmed("CUST-A", "SOUTH", 1,
                new BigDecimal("0.00"), "CNY", "NET30", false, LocalDate.parse("2026-12-10"), 0, List.of(line(1)),
                "REPLACEMENT", "SO-2026-000007")));
    }

    @Test
    void reviewEventsSayWhoDecidedWhat() {
        assertEquals("Approved by sales-assistant sam (initial-check): all clear", summary(new ReviewDecided(1,
                "initial-check", "sales-assistant", Decision.APPROVE, "sam", "all clear")));
        assertEquals("Rejected by cfo cora: margin too thin", summary(new OrderRejected("cfo", "cora",
                "margin too thin")));
        assertEquals("Confirmed: 1 line(s), total 720.00 CNY, delivery 2026-12-20; 30% to be prepaid before production",
                summary(new OrderConfirmed(null, null, null, new BigDecimal("720.00"), "CNY", null, false,
                        LocalDate.parse("2026-12-20"), 30, List.of(line(1)))));
    }

    private static LineProgress progress(int lineNo, String ordered, String shipped, String closed) {
        return new LineProgress(lineNo, "LED-LAMP", new BigDecimal(ordered), new BigDecimal(shipped),
                new BigDecimal(closed));
    }

    @Test
    void aDispatchSaysTheShipmentMethodArrivalAndWhatIsShippedOfEachLine() {
        assertEquals("Shipment SH-2026-000001 dispatched by EXPRESS (SF-EXPRESS SF1, SF-EXPRESS SF2), arrival about"
                        + " 2026-12-08: line 1 60 of 100 shipped"
                        + " (partly shipped)",
                summary(new Dispatched("SH-2026-000001", "CUST-A", "PO-1001", ShippingMethod.EXPRESS,
                        LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-08"),
                        List.of(new Dispatched.Package("SF-EXPRESS", "SF1", ""),
                                new Dispatched.Package("SF-EXPRESS", "SF2", "")),
                        List.of(new Dispatched.Item(1, "LED-LAMP", "", new BigDecimal("60"), "PCS")),
                        List.of(progress(1, "100", "60", "0")), OrderStage.OPEN, null)));
        assertEquals("Shipment SH-2026-000002 dispatched: line 1 100 of 100 shipped, line 2 50 of 50 shipped"
                        + " (all shipped or closed, awaiting sign-off)",
                summary(new Dispatched("SH-2026-000002", null, null, null, null, null, null, List.of(),
                        List.of(progress(1, "100", "100", "0"), progress(2, "50", "50", "0")),
                        OrderStage.SHIPPED, null)));
    }

    @Test
    void aClosedBackorderSaysWhoClosedItWhyAndWhatWasClosed() {
        assertEquals("Backorder closed by lena (customer cancelled the rest): line 1 60 of 100 shipped and 40 closed"
                        + " (all shipped or closed, awaiting sign-off)",
                summary(new BackorderClosed("customer cancelled the rest", "lena",
                        List.of(new BackorderClosed.Closed(1, "LED-LAMP", "", new BigDecimal("40"))), List.of(progress(1, "100", "60", "40")), OrderStage.SHIPPED)));
        assertEquals("Backorder closed (damaged in stock): line 1 0 of 10 shipped and 5 closed (nothing shipped yet)",
                summary(new BackorderClosed("damaged in stock", "",
                        List.of(new BackorderClosed.Closed(1, "LED-LAMP", "", new BigDecimal("5"))),
                        List.of(progress(1, "10", "0", "5")),
                        OrderStage.OPEN)));
    }

    @Test
    void aSignOffAndAnInstallationSayWhoAcceptedAndWhereTheOrderStands() {
        assertEquals("Signed off by Li Na at 2026-12-09T10:15+08:00 for shipment SH-2026-000001, per the carrier's"
                        + " proof of delivery: line 1 100 of 100 shipped (signed for, awaiting installation)",
                summary(new SignedOff("SH-2026-000001", "Li Na", "2026-12-09T10:15+08:00", SignOffSource.CARRIER_POD,
                        List.of(progress(1, "100", "100", "0")), OrderStage.AWAITING_INSTALLATION)));
        assertEquals("Installation accepted by Wang Wei, installed on 2026-12-12 by Zhao Lei: line 1 100 of 100"
                        + " shipped (completed)",
                summary(new InstallationAccepted("Wang Wei", LocalDate.parse("2026-12-12"), "Zhao Lei",
                        List.of(progress(1, "100", "100", "0")), OrderStage.COMPLETED)));
    }

    @Test
    void aTrackingUpdateSaysTheMilestoneFlagsAndTheCarriersLocalTimeWithItsOffsetAndWhereItCameFrom() {
        assertEquals("Shipment SH-2026-000001 out for delivery (delayed, address issue) per sf-express SF1 at"
                        + " 2026-12-08T09:30 +08:00 (offset given) in Shenzhen Nanshan",
                summary(new TrackingUpdated("SH-2026-000001", "SF1", "sf-express", Milestone.OUT_FOR_DELIVERY,
                        List.of(TrackingFlag.DELAYED, TrackingFlag.ADDRESS_ISSUE), "OD", "2026-12-08T09:30",
                        "+08:00", "OFFSET_GIVEN", "Shenzhen Nanshan")));
        assertEquals("Shipment SH-2026-000002 in transit per dhl JD01 at 2026-12-07T23:10 +01:00 (zone inferred from"
                        + " the location) in Leipzig",
                summary(new TrackingUpdated("SH-2026-000002", "JD01", "dhl", Milestone.IN_TRANSIT, List.of(), "PL",
                        "2026-12-07T23:10", "+01:00", "INFERRED_FROM_LOCATION", "Leipzig")));
        assertEquals("Shipment SH-2026-000003 no milestone yet (on hold) per ups 1Z9 at 2026-12-07T08:00 local time,"
                        + " zone not known",
                summary(new TrackingUpdated("SH-2026-000003", "1Z9", "ups", Milestone.UNKNOWN,
                        List.of(TrackingFlag.ON_HOLD), "X1", "2026-12-07T08:00", "", "", null)));
        assertEquals("Shipment SH-2026-000004 delivered per ups 1Z8, time not given",
                summary(new TrackingUpdated("SH-2026-000004", "1Z8", "ups", Milestone.DELIVERED, null, "D", "", "",
                        "", "")));
    }

    @Test
    void anEventWithoutItsOwnWordingShowsItsTypeAndLongTextIsCut() {
        assertEquals("sales-order/ARCHIVED", TimelineSummaries.of("sales-order/ARCHIVED", null));
        OrderReceived huge = new OrderReceived(null, "P".repeat(600), null, null, null, null, null);
        assertTrue(summary(huge).length() <= TimelineSummaries.MAX_LENGTH);
    }
}
