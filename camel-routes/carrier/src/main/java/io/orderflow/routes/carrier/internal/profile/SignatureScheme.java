package io.orderflow.routes.carrier.internal.profile;

/** How a carrier signs its webhooks; each is verified over the raw bytes before anything is parsed. */
public enum SignatureScheme {
    /** Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64>…}. */
    STANDARD_WEBHOOKS,
    /** EasyPost style: {@code X-Hmac-Signature: hmac-sha256-hex=<hex>}, the secret normalised NFKD. */
    EASYPOST_HMAC,
    /** AfterShip style: base64 HMAC-SHA256 of the body in a configured header. */
    AFTERSHIP_HMAC,
    /** The weakest: a secret token in the URL's query ({@code ?token=}), compared in constant time. */
    URL_TOKEN
}
