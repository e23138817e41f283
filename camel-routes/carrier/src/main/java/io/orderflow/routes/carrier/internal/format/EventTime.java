package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.ZoneSource;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * An event's time as the carrier gave it, and its offset with where that came from. A time with an offset (also
 * {@code Z}) keeps it; a local time takes the zone known from where it happened, else the profile's assumed zone,
 * and says so. A naive local time never silently becomes UTC.
 *
 * @param localTime     null when the carrier gave no time
 * @param offsetSeconds null when the carrier gave no time
 * @param zoneSource    null when the carrier gave no time
 */
record EventTime(LocalDateTime localTime, Integer offsetSeconds, ZoneSource zoneSource) {

    /** No time given: the event is ordered by its arrival. */
    static final EventTime NONE = new EventTime(null, null, null);

    /** Long enough for a date-time with nanoseconds and an offset. */
    static final int MAX_LENGTH = 40;

    /**
     * ISO-8601 local date-time, then an optional offset ({@code Z}, {@code +08:00}); no zone id in brackets, and no
     * February 30th made into the 28th.
     */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    /**
     * @param text        an ISO-8601 date-time, with or without offset
     * @param path        where the text is, for the problem
     * @param knownZone   the zone known from the event's location or given with it; may be null
     * @param assumedZone the profile's zone when nothing else tells one
     * @throws PayloadProblem when the text is not an ISO date-time
     */
    static EventTime parse(String text, String path, ZoneId knownZone, ZoneId assumedZone) {
        TemporalAccessor parsed;
        try {
            parsed = ISO.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        } catch (DateTimeException e) {
            throw new PayloadProblem(path + ": '" + text + "' is not an ISO date-time such as 2026-12-08T15:30:00+08:00"
                    + " or 2026-12-08T15:30:00");
        }
        if (parsed instanceof OffsetDateTime withOffset) {
            return new EventTime(withOffset.toLocalDateTime(), withOffset.getOffset().getTotalSeconds(),
                    ZoneSource.OFFSET_GIVEN);
        }
        LocalDateTime local = (LocalDateTime) parsed;
        return knownZone != null ? in(local, knownZone, ZoneSource.INFERRED_FROM_LOCATION)
                : in(local, assumedZone, ZoneSource.ASSUMED);
    }

    /** In a gap or an overlap of daylight saving, the offset before the change: the local time stays as given. */
    private static EventTime in(LocalDateTime local, ZoneId zone, ZoneSource source) {
        return new EventTime(local, zone.getRules().getOffset(local).getTotalSeconds(), source);
    }
}
