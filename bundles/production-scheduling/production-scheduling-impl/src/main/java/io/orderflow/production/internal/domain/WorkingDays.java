package io.orderflow.production.internal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The factory calendar: only working days offer capacity. */
public record WorkingDays(Set<DayOfWeek> days, Set<LocalDate> holidays) {

    public WorkingDays {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a calendar without working days could never finish any work");
        }
        days = Set.copyOf(days);
        holidays = Set.copyOf(holidays);
    }

    public static WorkingDays mondayToFriday() {
        return new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
