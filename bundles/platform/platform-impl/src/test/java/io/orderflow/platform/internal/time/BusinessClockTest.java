package io.orderflow.platform.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.time.BusinessClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    /** 23:30 in London on New Year's Eve is already New Year's Day in Shanghai. */
    private static final Instant NEW_YEAR_IN_SHANGHAI = Instant.parse("2026-12-31T23:30:00Z");

    @Test
    void todayIsTheBusinessZonesToday() {
        BusinessClock shanghai = BusinessClock.of(Clock.fixed(NEW_YEAR_IN_SHANGHAI, ZoneId.of("Asia/Shanghai")));
        assertEquals(LocalDate.of(2027, 1, 1), shanghai.today());
        assertEquals(YearMonth.of(2027, 1), shanghai.thisMonth());
        assertEquals(NEW_YEAR_IN_SHANGHAI, shanghai.now());
        BusinessClock london = BusinessClock.of(Clock.fixed(NEW_YEAR_IN_SHANGHAI, ZoneId.of("Europe/London")));
        assertEquals(LocalDate.of(2026, 12, 31), london.dateOf(NEW_YEAR_IN_SHANGHAI));
    }

    @Test
    void anEmptyZoneIsTheServersAndAnUnknownOneIsRefusedNamingTheAttribute() {
        assertEquals(ZoneId.systemDefault(), BusinessClockImpl.zone(" "));
        assertEquals(ZoneId.of("+08:00"), BusinessClockImpl.zone("+08:00"));
        BusinessZoneCheck check = new BusinessZoneCheck();
        assertEquals(List.of(), check.check(Map.of("businessZone", "Asia/Shanghai")));
        List<FieldProblem> problems = check.check(Map.of("businessZone", "Mars/Olympus"));
        assertEquals(1, problems.size());
        assertEquals("businessZone", problems.get(0).field());
    }
}
