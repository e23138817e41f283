package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineSummariesTest {

    @Test
    void aReceivedOrderIsSummarisedWithChannelCustomerPoLinesAndTotal() {
        DomainEvent received = DomainEvent.of("sales-order/RECEIVED", "SO-2026-000001", Instant.now(), Map.of(
                "customerId", "CUST-A", "customerPo", "PO-1001", "channel", "REST", "total", "2500.00", "currency", "CNY",
                "lines", List.of(Map.of("lineNo", 1), Map.of("lineNo", 2))));
        assertEquals("Received via REST from CUST-A (PO PO-1001): 2 line(s), total 2500.00 CNY",
                TimelineSummaries.of(received));
    }

    @Test
    void reviewEventsSayWhoDecidedWhat() {
        assertEquals("Approved by sales-assistant sam (initial-check): all clear", TimelineSummaries.of(DomainEvent.of(
                "sales-order/REVIEW_DECISION", "SO-1", Instant.now(), Map.of("decision", "APPROVE", "role", "sales-assistant",
                        "actor", "sam", "rule", "initial-check", "remark", "all clear"))));
        assertEquals("Rejected by cfo cora: margin too thin", TimelineSummaries.of(DomainEvent.of("sales-order/REJECTED",
                "SO-1", Instant.now(), Map.of("role", "cfo", "actor", "cora", "reason", "margin too thin"))));
        assertEquals("Confirmed: 1 line(s), total 720.00 CNY, delivery 2026-12-20; 30% to be prepaid before production",
                TimelineSummaries.of(DomainEvent.of("sales-order/CONFIRMED", "SO-1", Instant.now(), Map.of("total", "720.00",
                        "currency", "CNY", "requestedDelivery", "2026-12-20", "prepaymentPercent", 30,
                        "lines", List.of(Map.of("lineNo", 1))))));
    }

    @Test
    void anEventWithoutItsOwnWordingShowsItsTypeAndLongTextIsCut() {
        assertEquals("sales-order/ARCHIVED", TimelineSummaries.of(DomainEvent.of("sales-order/ARCHIVED", "SO-1", Instant.now(), Map.of())));
        DomainEvent huge = DomainEvent.of("sales-order/RECEIVED", "SO-1", Instant.now(), Map.of("customerPo", "P".repeat(600)));
        assertTrue(TimelineSummaries.of(huge).length() <= TimelineSummaries.MAX_LENGTH);
    }
}
