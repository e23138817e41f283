package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.TrackingFlag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Flags in a column: their names in declaration order, comma-separated; NULL for none. */
final class TrackingFlags {

    private TrackingFlags() {
    }

    static String text(Set<TrackingFlag> flags) {
        return flags.isEmpty() ? null : EnumSet.copyOf(flags).stream().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    static Set<TrackingFlag> parse(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split(",")).map(TrackingFlag::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
