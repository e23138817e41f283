package io.orderflow.routes.carrier.internal.signature;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Standard Webhooks (standardwebhooks.com): HMAC-SHA256 over {@code webhook-id.webhook-timestamp.body}, keyed by the
 * base64 secret after its {@code whsec_} prefix; {@code webhook-signature} holds space-separated
 * {@code <version>,<base64>} entries of which only {@code v1} ones count.
 */
final class StandardWebhooks implements Verifier {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";
    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1,";
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");   // keeps the arithmetic from overflowing
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("\\s+");
    private static final byte[] DOT = {'.'};

    private final List<byte[]> keys;
    private final Duration tolerance;

    /** @throws IllegalArgumentException when a secret is not base64 (naming its position, not its value) */
    StandardWebhooks(List<String> secrets, Duration tolerance) {
        this.keys = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            String secret = secrets.get(i).strip();
            String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
            byte[] key;
            try {
                key = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("secret " + (i + 1) + " is not whsec_ followed by base64");
            }
            if (key.length == 0) {
                throw new IllegalArgumentException("secret " + (i + 1) + " decodes to no key bytes");
            }
            keys.add(key);
        }
        this.tolerance = tolerance;
    }

    /**
     * The signature is checked before the timestamp's age, so that STALE always means an authentic request that came
     * too early or too late, never a forgery.
     */
    @Override
    public Verdict verify(WebhookHeaders headers, byte[] rawBody, String queryToken, Instant now) {
        Optional<String> id = headers.first(ID);
        Optional<String> timestamp = headers.first(TIMESTAMP);
        List<String> signatures = headers.all(SIGNATURE);
        if (id.isEmpty()) {
            return Verdict.missing(ID);
        }
        if (timestamp.isEmpty()) {
            return Verdict.missing(TIMESTAMP);
        }
        if (signatures.isEmpty()) {
            return Verdict.missing(SIGNATURE);
        }
        if (!SECONDS.matcher(timestamp.get()).matches()) {
            return Verdict.invalid(TIMESTAMP + " is not whole seconds since the epoch");
        }
        List<byte[]> presented = new ArrayList<>();
        boolean anyV1 = false;
        for (String value : signatures) {
            for (String entry : ENTRY_SEPARATOR.split(value)) {
                if (entry.startsWith(VERSION)) {
                    anyV1 = true;
                    decode(entry.substring(VERSION.length())).ifPresent(presented::add);
                }
            }
        }
        if (!anyV1) {
            return Verdict.invalid(SIGNATURE + " has no v1 entry");
        }
        int key = Hmac.matchingKey(keys, presented, id.get().getBytes(StandardCharsets.UTF_8), DOT,
                timestamp.get().getBytes(StandardCharsets.US_ASCII), DOT, rawBody);
        if (key == 0) {
            return Verdict.invalid("no v1 entry of " + SIGNATURE + " matches an active secret");
        }
        long age = now.getEpochSecond() - Long.parseLong(timestamp.get());
        if (age > tolerance.getSeconds()) {
            return Verdict.stale(TIMESTAMP + " is " + age + " s old, beyond the tolerance of "
                    + tolerance.getSeconds() + " s");
        }
        if (-age > tolerance.getSeconds()) {
            return Verdict.stale(TIMESTAMP + " is " + -age + " s ahead, beyond the tolerance of "
                    + tolerance.getSeconds() + " s");
        }
        return Verdict.valid(id.get(), key);
    }

    /** An entry that is not base64 simply matches nothing: another entry may still be good. */
    private static Optional<byte[]> decode(String base64) {
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
