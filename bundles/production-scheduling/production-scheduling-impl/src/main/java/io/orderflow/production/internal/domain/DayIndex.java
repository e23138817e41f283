package io.orderflow.production.internal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Days as offsets from today (day 0), so the books can index arrays; dates and working-day flags are computed once per
 * offset and cached, because every work centre asks about the same days.
 */
final class DayIndex {

    private static final byte UNKNOWN = 0;
    private static final byte WORKING = 1;
    private static final byte CLOSED = 2;

    private final LocalDate today;
    private final WorkingDays calendar;
    private LocalDate[] dates = new LocalDate[64];
    private byte[] flags = new byte[64];

    DayIndex(LocalDate today, WorkingDays calendar) {
        this.today = today;
        this.calendar = calendar;
    }

    LocalDate today() {
        return today;
    }

    /** The offset of {@code date}; dates before today count as today, since nothing can happen in the past. */
    int offsetOf(LocalDate date) {
        return Math.toIntExact(Math.max(0, ChronoUnit.DAYS.between(today, date)));
    }

    LocalDate date(int offset) {
        reach(offset);
        if (dates[offset] == null) {
            dates[offset] = today.plusDays(offset);
        }
        return dates[offset];
    }

    boolean isWorkingDay(int offset) {
        reach(offset);
        if (flags[offset] == UNKNOWN) {
            flags[offset] = calendar.isWorkingDay(date(offset)) ? WORKING : CLOSED;
        }
        return flags[offset] == WORKING;
    }

    private void reach(int offset) {
        if (offset >= dates.length) {
            int length = Math.max(offset + 1, dates.length * 2);
            dates = Arrays.copyOf(dates, length);
            flags = Arrays.copyOf(flags, length);
        }
    }
}
