package io.orderflow.routes.carrier.internal.signature;

import io.orderflow.routes.carrier.internal.profile.SignatureScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Verifies a carrier's webhooks the way its profile says: one scheme, one or two active secrets (during a rotation
 * either passes) and, for Standard Webhooks, a tolerance window. Keys are derived once, here, so that a profile with
 * an unusable secret fails when it is configured rather than on every request. Immutable and thread-safe.
 */
public final class SignatureCheck {

    /** The window Standard Webhooks recommends around the receiver's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** The header an AfterShip-style carrier signs in unless its profile names another. */
    public static final String DEFAULT_AFTERSHIP_HEADER = "aftership-hmac-sha256";
    /** The current secret and the one being retired. */
    public static final int MAX_SECRETS = 2;

    private final Verifier verifier;

    /**
     * @param scheme          how the carrier signs
     * @param secrets         one or two active secrets: {@code whsec_<base64>} for Standard Webhooks (the prefix may
     *                        be left out), the shared secret as text for the HMAC styles, the token for URL_TOKEN
     * @param tolerance       how far {@code webhook-timestamp} may lie from now, either way; only Standard Webhooks
     *                        signs a time, the other schemes ignore it
     * @param signatureHeader the AfterShip-style header, null or blank for {@link #DEFAULT_AFTERSHIP_HEADER}; the
     *                        other schemes' headers are fixed and ignore it
     * @throws IllegalArgumentException when there are no secrets or more than two, a secret is blank or (Standard
     *                                  Webhooks) not base64, or the tolerance is negative; the message names the
     *                                  secret's position, never its value
     * @throws NullPointerException     when scheme, secrets or tolerance is null
     */
    public SignatureCheck(SignatureScheme scheme, List<String> secrets, Duration tolerance, String signatureHeader) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(tolerance, "tolerance");
        if (secrets.isEmpty() || secrets.size() > MAX_SECRETS) {
            throw new IllegalArgumentException("a profile has one or two active secrets, not " + secrets.size());
        }
        for (int i = 0; i < secrets.size(); i++) {
            if (secrets.get(i) == null || secrets.get(i).isBlank()) {
                throw new IllegalArgumentException("secret " + (i + 1) + " is blank");
            }
        }
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("the tolerance must not be negative");
        }
        this.verifier = switch (scheme) {
            case STANDARD_WEBHOOKS -> new StandardWebhooks(secrets, tolerance);
            case EASYPOST_HMAC -> BodyHmac.easyPost(secrets);
            case AFTERSHIP_HMAC -> BodyHmac.afterShip(secrets, signatureHeader == null || signatureHeader.isBlank()
                    ? DEFAULT_AFTERSHIP_HEADER : signatureHeader.strip());
            case URL_TOKEN -> new UrlToken(secrets);
        };
    }

    /**
     * Checks one request over its body exactly as received; never throws for anything the request contains.
     *
     * @param headers    the request's headers
     * @param rawBody    the body's bytes before any decoding or parsing
     * @param queryToken the request's decoded {@code token} query value, null when absent; used only by URL_TOKEN
     * @param now        the receiver's clock, for the tolerance window
     * @return VALID (with the provider's event id where the scheme signs one), or INVALID, STALE or MISSING with a
     *         reason that never contains a secret or an expected signature
     */
    public Verdict verify(WebhookHeaders headers, byte[] rawBody, String queryToken, Instant now) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(now, "now");
        return verifier.verify(headers, rawBody, queryToken, now);
    }
}
