package io.orderflow.routes.carrier.internal.format;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** The lengths every format accepts for its text fields, and how a location's parts become one text. */
final class Fields {

    static final int TRACKING_NUMBER = 64;
    static final int ID = 128;
    static final int CODE = CodeMap.MAX_CODE_LENGTH;
    static final int NAME = 200;
    static final int DESCRIPTION = 2000;
    /** Events in one body; a tracker's whole history fits many times over. */
    static final int MAX_EVENTS = 500;

    private Fields() {
    }

    /** The parts given, in order, joined by commas; null when none is. */
    static String location(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).map(String::strip)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
