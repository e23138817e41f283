package io.orderflow.routes.carrier.internal.signature;

import java.time.Instant;

/** One signature scheme with a profile's keys already derived. */
interface Verifier {

    Verdict verify(WebhookHeaders headers, byte[] rawBody, String queryToken, Instant now);
}
