package io.orderflow.routes.carrier.internal.signature;

import static io.orderflow.routes.carrier.internal.signature.Requests.BODY;
import static io.orderflow.routes.carrier.internal.signature.Requests.NOW;
import static io.orderflow.routes.carrier.internal.signature.Requests.headers;
import static io.orderflow.routes.carrier.internal.signature.Requests.tampered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.routes.carrier.internal.profile.SignatureScheme;
import io.orderflow.routes.carrier.internal.signature.Verdict.Status;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EasyPost style. The secret holds the "ﬁ" ligature (U+FB01) and an "é", so its NFKD form differs from its UTF-8
 * bytes. The vectors were computed with OpenSSL 3.0 over body.json (see {@link Requests#BODY}), the NFKD key written
 * out by hand ("ﬁ" → "fi", "é" → "e" + U+0301, that is CC 81 in UTF-8), independently of {@code java.text.Normalizer}:
 * <pre>
 * openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf 'finance-cafe\xcc\x81' | xxd -p -c 256) body.json
 * openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf '\xef\xac\x81nance-caf\xc3\xa9' | xxd -p -c 256) body.json
 * openssl dgst -sha256 -hmac 'ep-rotated-2026' body.json
 * </pre>
 */
class EasyPostSignatureTest {

    /** "ﬁnance-café" with a precomposed é (U+00E9). */
    private static final String COMPOSED = "\uFB01nance-caf\u00E9";
    /** The same secret as a carrier's dashboard might paste it: e followed by a combining acute (U+0301). */
    private static final String DECOMPOSED = "\uFB01nance-cafe\u0301";
    private static final String ROTATED = "ep-rotated-2026";
    /** HMAC keyed by the NFKD form, "finance-cafe\u0301" in UTF-8. */
    private static final String BY_NFKD = "b11613d20000ca591a791d6052182e481f4435ee060b298a47569d85efd8946c";
    /** HMAC keyed by the composed secret's UTF-8 bytes as they are, without normalising. */
    private static final String BY_RAW_UTF8 = "75b7ea61f9b4d89d8c8da67086fdfb5878fa2dc569f3167789d4bddc2bee1f72";
    private static final String BY_ROTATED = "507cb85461dc150a92f1a24f1ac2204eec308ce20366e192329ba64235437def";

    private static SignatureCheck check(String... secrets) {
        return new SignatureCheck(SignatureScheme.EASYPOST_HMAC, List.of(secrets), Duration.ZERO, null);
    }

    private static Verdict verify(SignatureCheck check, String headerValue, byte[] body) {
        return check.verify(headers("X-Hmac-Signature", headerValue), body, null, NOW);
    }

    @Test
    void theBodySignedWithTheNormalisedSecretIsValidWhicheverFormTheSecretWasEnteredIn() {
        assertEquals(new Verdict(Status.VALID, null, "matches active secret 1"),
                verify(check(COMPOSED), "hmac-sha256-hex=" + BY_NFKD, BODY));
        assertEquals(Status.VALID, verify(check(DECOMPOSED), "hmac-sha256-hex=" + BY_NFKD, BODY).status());
    }

    @Test
    void aSignatureOverTheUnnormalisedSecretIsInvalid() {
        assertEquals(Status.INVALID, verify(check(COMPOSED), "hmac-sha256-hex=" + BY_RAW_UTF8, BODY).status());
    }

    @Test
    void theHeaderNameAndTheHexDigitsMayComeInEitherCase() {
        Verdict verdict = check(COMPOSED).verify(headers("x-hmac-signature",
                "hmac-sha256-hex=" + BY_NFKD.toUpperCase(Locale.ROOT)), BODY, null, NOW);
        assertEquals(Status.VALID, verdict.status());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 25, 70, 76})
    void oneChangedBodyByteIsInvalid(int position) {
        assertEquals(new Verdict(Status.INVALID, null, "X-Hmac-Signature matches no active secret"),
                verify(check(COMPOSED), "hmac-sha256-hex=" + BY_NFKD, tampered(BODY, position)));
    }

    @Test
    void aWrongSecretIsInvalid() {
        assertEquals(Status.INVALID, verify(check(ROTATED), "hmac-sha256-hex=" + BY_NFKD, BODY).status());
    }

    @Test
    void aMissingHeaderIsMissing() {
        assertEquals(new Verdict(Status.MISSING, null, "no X-Hmac-Signature"),
                check(COMPOSED).verify(headers("Content-Type", "application/json"), BODY, null, NOW));
    }

    @Test
    void duringARotationEitherActiveSecretPasses() {
        assertEquals(new Verdict(Status.VALID, null, "matches active secret 2"),
                verify(check(COMPOSED, ROTATED), "hmac-sha256-hex=" + BY_ROTATED, BODY));
        assertEquals(Status.VALID, verify(check(COMPOSED, ROTATED), "hmac-sha256-hex=" + BY_NFKD, BODY).status());
    }

    @Test
    void aSignatureWithoutItsPrefixIsInvalid() {
        assertEquals(new Verdict(Status.INVALID, null, "X-Hmac-Signature does not start with hmac-sha256-hex="),
                verify(check(COMPOSED), BY_NFKD, BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz1613d20000ca591a791d6052182e481f4435ee060b298a47569d85efd8946c",
            "b11613d20000ca591a791d6052182e481f4435ee060b298a47569d85efd8946", "", "b1 16", "0x" + BY_NFKD})
    void malformedHexIsInvalidNotAnError(String hex) {
        assertEquals(Status.INVALID, verify(check(COMPOSED), "hmac-sha256-hex=" + hex, BODY).status());
    }

    @Test
    void aTruncatedSignatureIsInvalid() {
        assertEquals(Status.INVALID, verify(check(COMPOSED), "hmac-sha256-hex=" + BY_NFKD.substring(0, 32), BODY)
                .status());
    }
}
