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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AfterShip style. The vectors were computed with OpenSSL 3.0 over body.json (see {@link Requests#BODY}), the
 * non-ASCII secret "clé-secrète" given as its UTF-8 bytes in hex:
 * <pre>
 * openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf 'cl\xc3\xa9-secr\xc3\xa8te' | xxd -p -c 256) -binary body.json | base64
 * openssl dgst -sha256 -hmac 'as-rotated-2026' -binary body.json | base64
 * </pre>
 */
class AfterShipSignatureTest {

    /** "clé-secrète" with precomposed accents. */
    private static final String SECRET = "cl\u00E9-secr\u00E8te";
    private static final String ROTATED = "as-rotated-2026";
    private static final String BY_SECRET = "BOgJ96Xclv11qwwAN8XT1G82BL+mZFkrGOJotLJaoX4=";
    private static final String BY_ROTATED = "8M+5KL+zi4aPPsMK3K4X3NNdem1bW/JmP8sRqbPyYH0=";

    private static SignatureCheck check(String header, String... secrets) {
        return new SignatureCheck(SignatureScheme.AFTERSHIP_HMAC, List.of(secrets), Duration.ZERO, header);
    }

    private static Verdict verify(SignatureCheck check, String signature, byte[] body) {
        return check.verify(headers("aftership-hmac-sha256", signature), body, null, NOW);
    }

    @Test
    void theBodySignedInTheDefaultHeaderIsValid() {
        assertEquals(new Verdict(Status.VALID, null, "matches active secret 1"),
                verify(check(null, SECRET), BY_SECRET, BODY));
        assertEquals(Status.VALID, verify(check(" ", SECRET), BY_SECRET, BODY).status(), "blank means the default");
        assertEquals(Status.VALID, check(null, SECRET).verify(headers("AfterShip-Hmac-Sha256", BY_SECRET), BODY, null,
                NOW).status());
    }

    @Test
    void aProfileMayNameItsOwnHeader() {
        SignatureCheck check = check("X-Carrier-Signature", SECRET);
        assertEquals(Status.VALID, check.verify(headers("x-carrier-signature", BY_SECRET), BODY, null, NOW).status());
        assertEquals(new Verdict(Status.MISSING, null, "no X-Carrier-Signature"), verify(check, BY_SECRET, BODY));
    }

    @Test
    void theSecretIsTakenAsItIsWithoutNormalising() {
        // Unlike the EasyPost style: the same text with a combining accent is another key.
        assertEquals(Status.INVALID, verify(check(null, "cle\u0301-secre\u0300te"), BY_SECRET, BODY).status());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 25, 70, 76})
    void oneChangedBodyByteIsInvalid(int position) {
        assertEquals(new Verdict(Status.INVALID, null, "aftership-hmac-sha256 matches no active secret"),
                verify(check(null, SECRET), BY_SECRET, tampered(BODY, position)));
    }

    @Test
    void aWrongSecretIsInvalid() {
        assertEquals(Status.INVALID, verify(check(null, ROTATED), BY_SECRET, BODY).status());
    }

    @Test
    void aMissingHeaderIsMissing() {
        assertEquals(new Verdict(Status.MISSING, null, "no aftership-hmac-sha256"),
                check(null, SECRET).verify(headers("X-Hmac-Signature", BY_SECRET), BODY, null, NOW));
    }

    @Test
    void duringARotationEitherActiveSecretPasses() {
        assertEquals(new Verdict(Status.VALID, null, "matches active secret 2"),
                verify(check(null, SECRET, ROTATED), BY_ROTATED, BODY));
        assertEquals(Status.VALID, verify(check(null, ROTATED, SECRET), BY_ROTATED, BODY).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOgJ96Xclv11qwwAN8XT1G82BL+mZFkrGOJotLJaoX4=!",
            "BOgJ96Xclv11qwwAN8XT1G82BL-mZFkrGOJotLJaoX4=",
            "not base64 at all", "sha256=BOgJ96Xclv11qwwAN8XT1G82BL+mZFkrGOJotLJaoX4=", "QUJD"})
    void malformedBase64IsInvalidNotAnError(String signature) {
        assertEquals(Status.INVALID, verify(check(null, SECRET), signature, BODY).status());
    }
}
