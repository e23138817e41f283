package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void reviewEventsSayWhoDecidedWhat() {
        assertEquals("Approved by sales-assistant sam (initial-check): all clear", summary(new ReviewDecided(1,
                "initial-check", "sales-assistant", Decision.APPROVE, "sam", "all clear")));
        assertEquals("Rejected by cfo cora: margin too thin", summary(new OrderRejected("cfo", "cora",
                "margin too thin")));
        assertEquals("Confirmed: 1 line(s), total 720.00 CNY, delivery 2026-12-20; 30% to be prepaid before production",
                summary(new OrderConfirmed(null, null, null, new BigDecimal("720.00"), "CNY", null, false,
                        LocalDate.parse("2026-12-20"), 30, List.of(line(1)))));
    }

    @Test
    void anEventWithoutItsOwnWordingShowsItsTypeAndLongTextIsCut() {
        assertEquals("sales-order/ARCHIVED", TimelineSummaries.of("sales-order/ARCHIVED", null));
        OrderReceived huge = new OrderReceived(null, "P".repeat(600), null, null, null, null, null);
        assertTrue(summary(huge).length() <= TimelineSummaries.MAX_LENGTH);
    }
}
