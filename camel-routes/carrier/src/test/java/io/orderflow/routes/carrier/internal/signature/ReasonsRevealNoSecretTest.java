package io.orderflow.routes.carrier.internal.signature;

import static io.orderflow.routes.carrier.internal.signature.Requests.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.orderflow.routes.carrier.internal.profile.SignatureScheme;
import io.orderflow.routes.carrier.internal.signature.Verdict.Status;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Random profiles and requests, genuine or not, through every scheme: a request signed with an active secret is
 * valid, any other is not, and no reason contains a secret, its key or a signature the check computed.
 */
class ReasonsRevealNoSecretTest {

    private static final String ALPHABET = "abcdefghijkLMNOPQ0123456789-_=+/ \u00E9\u00FC\uFB01\u0301\u00DF";
    private static final Instant NOW = Instant.ofEpochSecond(1_767_225_600L);

    private final Random random = new Random(18);

    @Test
    void reasonsNeverContainASecretOrAnExpectedSignature() throws Exception {
        SignatureScheme[] schemes = SignatureScheme.values();
        for (int run = 0; run < 2_000; run++) {
            SignatureScheme scheme = schemes[random.nextInt(schemes.length)];
            List<String> secrets = new ArrayList<>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                secrets.add(secret(scheme));
            }
            String signer = random.nextInt(3) == 0 ? secret(scheme) : secrets.get(random.nextInt(secrets.size()));
            byte[] body = new byte[random.nextInt(120)];
            random.nextBytes(body);
            long timestamp = NOW.getEpochSecond() + (random.nextInt(4) == 0 ? 301 + random.nextInt(900) : 0)
                    * (random.nextBoolean() ? 1 : -1);
            String id = "msg_" + random.nextInt(1_000_000);
            // 0 and 1: intact; 2: a body byte changed; 3: the signature's last character changed; 4: no header
            int damage = random.nextInt(5);

            byte[] content = scheme == SignatureScheme.STANDARD_WEBHOOKS
                    ? concat((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body) : body;
            byte[] mac = hmac(key(scheme, signer), content);
            String presented = switch (scheme) {
                case STANDARD_WEBHOOKS -> "v1," + Base64.getEncoder().encodeToString(mac);
                case EASYPOST_HMAC -> "hmac-sha256-hex=" + HexFormat.of().formatHex(mac);
                case AFTERSHIP_HMAC -> Base64.getEncoder().encodeToString(mac);
                case URL_TOKEN -> signer;
            };
            if (damage == 2 && body.length > 0) {
                body[random.nextInt(body.length)] ^= (byte) (1 + random.nextInt(255));
            } else if (damage == 3) {
                presented = presented.substring(0, presented.length() - 1) + (presented.endsWith("0") ? "1" : "0");
            }
            WebhookHeaders headers = damage == 4 ? headers() : switch (scheme) {
                case STANDARD_WEBHOOKS -> headers("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                        "webhook-signature", presented);
                case EASYPOST_HMAC -> headers("X-Hmac-Signature", presented);
                case AFTERSHIP_HMAC -> headers("aftership-hmac-sha256", presented);
                case URL_TOKEN -> headers();
            };
            String token = scheme == SignatureScheme.URL_TOKEN && damage != 4 ? presented : null;

            Verdict verdict = new SignatureCheck(scheme, secrets, SignatureCheck.DEFAULT_TOLERANCE, null)
                    .verify(headers, body, token, NOW);

            String context = scheme + " run " + run + ": " + verdict;
            boolean bodySigned = scheme != SignatureScheme.URL_TOKEN && body.length > 0;
            boolean genuine = secrets.contains(signer) && (damage < 2 || damage == 2 && !bodySigned);
            boolean fresh = scheme != SignatureScheme.STANDARD_WEBHOOKS
                    || Math.abs(timestamp - NOW.getEpochSecond()) <= SignatureCheck.DEFAULT_TOLERANCE.getSeconds();
            assertEquals(genuine && fresh, verdict.isValid(), context);
            if (genuine && !fresh) {
                assertEquals(Status.STALE, verdict.status(), context);
            }
            List<String> hidden = new ArrayList<>();
            for (String secret : concat(secrets, signer)) {
                hidden.add(secret);
                byte[] key = key(scheme, secret);
                byte[] expected = hmac(key, content);
                hidden.addAll(List.of(Base64.getEncoder().encodeToString(key), HexFormat.of().formatHex(key),
                        Base64.getEncoder().encodeToString(expected), HexFormat.of().formatHex(expected)));
            }
            for (String value : hidden) {
                for (int i = 0; i + 8 <= value.length(); i++) {
                    assertFalse(verdict.reason().contains(value.substring(i, i + 8)), context);
                }
            }
        }
    }

    private String secret(SignatureScheme scheme) {
        if (scheme == SignatureScheme.STANDARD_WEBHOOKS) {
            byte[] key = new byte[24 + random.nextInt(9)];
            random.nextBytes(key);
            return "whsec_" + Base64.getEncoder().encodeToString(key);
        }
        StringBuilder secret = new StringBuilder("k");   // never blank
        for (int i = 11 + random.nextInt(30); i > 0; i--) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    /** The key each scheme's documentation derives from a secret, written here from those documents. */
    private static byte[] key(SignatureScheme scheme, String secret) {
        return switch (scheme) {
            case STANDARD_WEBHOOKS -> Base64.getDecoder().decode(secret.substring("whsec_".length()));
            case EASYPOST_HMAC -> Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
            case AFTERSHIP_HMAC, URL_TOKEN -> secret.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] hmac(byte[] key, byte[] content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }
}
