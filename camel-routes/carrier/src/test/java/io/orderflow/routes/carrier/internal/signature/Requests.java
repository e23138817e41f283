package io.orderflow.routes.carrier.internal.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The body and the request helpers the signature tests share. */
final class Requests {

    /**
     * The body every vector below signs: 77 bytes of UTF-8 with a two-byte "ü", written to body.json with
     * {@code printf '%s' '{"tracking_code":"1Z999AA10123456784","status":"in_transit","city":"Zürich"}' > body.json}.
     */
    static final byte[] BODY = ("{\"tracking_code\":\"1Z999AA10123456784\",\"status\":\"in_transit\","
            + "\"city\":\"Z\u00fcrich\"}").getBytes(StandardCharsets.UTF_8);
    /** 2026-01-01T00:00:00Z: {@code webhook-timestamp} of the fresh Standard Webhooks vectors. */
    static final long SIGNED_AT = 1_767_225_600L;
    static final Instant NOW = Instant.ofEpochSecond(SIGNED_AT);

    private Requests() {
    }

    /** Headers from name, value pairs; a repeated name adds a value. */
    static WebhookHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.merge(namesAndValues[i], List.of(namesAndValues[i + 1]),
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        return WebhookHeaders.of(map);
    }

    /** The body with one byte changed, at the given position. */
    static byte[] tampered(byte[] body, int position) {
        byte[] copy = body.clone();
        copy[position] ^= 0x01;
        return copy;
    }
}
