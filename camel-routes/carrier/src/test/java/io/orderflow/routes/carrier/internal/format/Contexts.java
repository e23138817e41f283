package io.orderflow.routes.carrier.internal.format;

import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

/** The profile a test parses for: the format's default codes, Chicago as the assumed zone. */
final class Contexts {

    static final ZoneId ASSUMED = ZoneId.of("America/Chicago");
    static final Instant RECEIVED = Instant.parse("2026-12-10T08:00:00Z");

    private Contexts() {
    }

    static ParseContext of(PayloadFormat format, boolean proofOfDelivery, String... overlay) {
        return new ParseContext("test-carrier", CodeMap.defaults(format).overlay(overlay), proofOfDelivery, ASSUMED,
                RECEIVED);
    }

    static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
