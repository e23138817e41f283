package io.orderflow.platform.api.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The typed payload of a domain event: a record in its producer's {@code api.event} package, with a
 * {@code public static final String TYPE} (or a type per value, e.g. one per status) and its schema version. The
 * platform's {@link EventCodec} turns it into an event's payload and back; no bundle reads a payload by key.
 * <p>
 * Components are values only: text, numbers ({@code BigDecimal} travels as a plain decimal string), booleans,
 * {@code LocalDate} (as {@code yyyy-MM-dd}), enums, and lists of those or of nested records. A null text, decimal or
 * date is written as {@code ""}, and {@code ""} reads back as a null decimal or date; any other null is left out and
 * reads back as null (0 or false for a primitive).
 */
@ConsumerType
public interface EventPayload {

    /** The event type, {@code <department prefix>/<FACT>}. */
    String eventType();

    /** The version of this payload's shape; a reader refuses an event written in a newer one. */
    default int schemaVersion() {
        return 1;
    }

    /**
     * Marks a component the event cannot do without: reading an event where it is missing or blank throws
     * {@code IllegalArgumentException} naming the event and the component, so that the relay parks the event for an
     * operator instead of a subscriber guessing.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Required {
    }
}
