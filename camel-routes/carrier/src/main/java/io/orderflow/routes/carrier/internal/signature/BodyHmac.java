package io.orderflow.routes.carrier.internal.signature;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An HMAC-SHA256 of the raw body alone, carried in one header: the EasyPost style (hex after a prefix, the secret
 * normalised NFKD) and the AfterShip style (plain base64, the secret's UTF-8 bytes as they are). Neither signs a
 * timestamp, so replays are caught only by the event id inside the body.
 */
final class BodyHmac implements Verifier {

    static final String EASYPOST_HEADER = "X-Hmac-Signature";
    static final String EASYPOST_PREFIX = "hmac-sha256-hex=";

    private final String header;
    private final String prefix;
    private final String encoding;
    private final Function<String, byte[]> decoder;
    private final List<byte[]> keys;

    private BodyHmac(String header, String prefix, String encoding, Function<String, byte[]> decoder,
                     List<byte[]> keys) {
        this.header = header;
        this.prefix = prefix;
        this.encoding = encoding;
        this.decoder = decoder;
        this.keys = keys;
    }

    /** EasyPost: {@code X-Hmac-Signature: hmac-sha256-hex=<hex>}, keyed by the NFKD form of the secret in UTF-8. */
    static BodyHmac easyPost(List<String> secrets) {
        return new BodyHmac(EASYPOST_HEADER, EASYPOST_PREFIX, "hex", HexFormat.of()::parseHex, secrets.stream()
                .map(secret -> Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8))
                .toList());
    }

    /** AfterShip: base64 in the given header, keyed by the secret's UTF-8 bytes without normalisation. */
    static BodyHmac afterShip(List<String> secrets, String header) {
        return new BodyHmac(header, "", "base64", Base64.getDecoder()::decode, secrets.stream()
                .map(secret -> secret.getBytes(StandardCharsets.UTF_8)).toList());
    }

    @Override
    public Verdict verify(WebhookHeaders headers, byte[] rawBody, String queryToken, Instant now) {
        Optional<String> value = headers.first(header);
        if (value.isEmpty()) {
            return Verdict.missing(header);
        }
        if (!value.get().regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Verdict.invalid(header + " does not start with " + prefix);
        }
        byte[] presented;
        try {
            presented = decoder.apply(value.get().substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return Verdict.invalid(header + " is not " + encoding);
        }
        int key = Hmac.matchingKey(keys, List.of(presented), rawBody);
        return key == 0 ? Verdict.invalid(header + " matches no active secret") : Verdict.valid(null, key);
    }
}
