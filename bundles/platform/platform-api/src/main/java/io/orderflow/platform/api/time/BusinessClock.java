package io.orderflow.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The time of the business: instants as they are, dates in the business zone ({@code orderflow.platform.time}
 * {@code businessZone}; the server's zone when unset). Every "today" of a business rule (a delivery date in the past, a
 * notice due within days, a month of the measures) is the business zone's. The platform registers it as a service;
 * a test hands a component a fixed one: {@code BusinessClock.of(Clock.fixed(...))}.
 */
@ProviderType
@FunctionalInterface
public interface BusinessClock {

    /** A {@link Clock} in the business zone, for code that takes one. */
    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default ZoneId zone() {
        return clock().getZone();
    }

    /** Today in the business zone. */
    default LocalDate today() {
        return LocalDate.now(clock());
    }

    /** This month in the business zone. */
    default YearMonth thisMonth() {
        return YearMonth.now(clock());
    }

    /** The date of an instant in the business zone. */
    default LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** A business clock reading {@code clock}: for tests, and for code outside OSGi. */
    static BusinessClock of(Clock clock) {
        return () -> clock;
    }
}
