package io.orderflow.routes.carrier.internal.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

/**
 * The weakest scheme: the request's {@code token} query value must equal an active secret. Nothing ties the token
 * to the body or a time, it travels in the URL (and so into access logs and proxies), and anyone who saw one request
 * can forge any other; use it only for a carrier that can do nothing better.
 */
final class UrlToken implements Verifier {

    /** Digests of the secrets: comparing digests keeps the comparison's time independent of the secret's length. */
    private final List<byte[]> digests;

    UrlToken(List<String> secrets) {
        this.digests = secrets.stream().map(UrlToken::digest).toList();
    }

    @Override
    public Verdict verify(WebhookHeaders headers, byte[] rawBody, String queryToken, Instant now) {
        if (queryToken == null || queryToken.isEmpty()) {
            return Verdict.missing("token in the query");
        }
        byte[] presented = digest(queryToken);
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), presented)) {
                return Verdict.valid(null, i + 1);
            }
        }
        return Verdict.invalid("token matches no active secret");
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);   // every Java SE has it
        }
    }
}
