package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.orderflow.salesorder.api.MonthlyMeasures;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.domain.SalesMeasures.OrderFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesMeasuresTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static OrderFacts received(String at, int revision, OrderStatus status, Duration confirmedAfter) {
        Instant receivedAt = Instant.parse(at);
        return new OrderFacts(receivedAt, revision, status, receivedAt.plus(Duration.ofHours(2)),
                confirmedAfter == null ? null : receivedAt.plus(confirmedAfter));
    }

    @Test
    void accuracyCountsOrdersNeverRevisedAndTheSlaCountsConfirmationsByTheirDeadline() {
        List<OrderFacts> october = List.of(
                received("2026-10-01T01:00:00Z", 1, OrderStatus.CONFIRMED, Duration.ofMinutes(90)),
                received("2026-10-02T01:00:00Z", 2, OrderStatus.COMPLETED, Duration.ofHours(2)),
                received("2026-10-03T01:00:00Z", 1, OrderStatus.CONFIRMED, Duration.ofHours(3)),
                received("2026-10-04T01:00:00Z", 1, OrderStatus.PENDING_CONFIRMATION, null),
                received("2026-10-05T01:00:00Z", 1, OrderStatus.REJECTED, null));
        MonthlyMeasures measures = SalesMeasures.of(october, YearMonth.of(2026, 10), YearMonth.of(2026, 10), SHANGHAI,
                NOW).get(0);
        assertEquals(5, measures.received());
        assertEquals(4, measures.notCorrected());
        assertEquals(new BigDecimal("0.8000"), measures.accuracyRate());
        assertEquals(4, measures.confirmationsDue(), "three confirmed, one overdue; the rejected one does not count");
        assertEquals(2, measures.confirmedWithinSla(), "confirmed at the deadline is within it, an hour late is not");
        assertEquals(new BigDecimal("0.5000"), measures.confirmationSlaRate());
    }

    @Test
    void monthsFollowTheZoneEmptyMonthsHaveNoRatesAndAnOrderNotYetDueDoesNotCount() {
        List<OrderFacts> orders = List.of(
                received("2026-09-30T17:00:00Z", 1, OrderStatus.CONFIRMED, Duration.ofHours(1)),
                received("2026-11-20T11:00:00Z", 1, OrderStatus.PENDING_CONFIRMATION, null));
        List<MonthlyMeasures> rows = SalesMeasures.of(orders, YearMonth.of(2026, 9), YearMonth.of(2026, 11), SHANGHAI,
                NOW);
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
                rows.stream().map(MonthlyMeasures::month).toList());
        assertEquals(0, rows.get(0).received(), "1 am on 1 October in Shanghai");
        assertEquals(1, rows.get(1).received());
        assertNull(rows.get(0).accuracyRate());
        assertNull(rows.get(0).confirmationSlaRate());
        assertEquals(1, rows.get(2).received());
        assertEquals(0, rows.get(2).confirmationsDue(), "its deadline is an hour away");
        assertNull(rows.get(2).confirmationSlaRate());
    }
}
