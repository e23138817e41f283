package io.orderflow.routes.carrier.internal.signature;

import static io.orderflow.routes.carrier.internal.signature.Requests.BODY;
import static io.orderflow.routes.carrier.internal.signature.Requests.NOW;
import static io.orderflow.routes.carrier.internal.signature.Requests.SIGNED_AT;
import static io.orderflow.routes.carrier.internal.signature.Requests.headers;
import static io.orderflow.routes.carrier.internal.signature.Requests.tampered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.routes.carrier.internal.profile.SignatureScheme;
import io.orderflow.routes.carrier.internal.signature.Verdict.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard Webhooks. The vectors were computed with OpenSSL 3.0, independently of the code under test: the key is the
 * secret after {@code whsec_}, base64-decoded and hex-dumped, and the signed content is {@code id.timestamp.} followed
 * by body.json (see {@link Requests#BODY}):
 * <pre>
 * KEY=$(echo -n "$SECRET_WITHOUT_PREFIX" | base64 -d | xxd -p -c 256)
 * (printf '%s' "msg_2r8Xc0Tq.$TS."; cat body.json) | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY -binary | base64
 * </pre>
 * The two secrets themselves came from {@code openssl rand -base64 32}.
 */
class StandardWebhooksTest {

    private static final String NEW_SECRET = "whsec_i7gItACV5/eny/muezQaSjaorboUfliBODz10nyTp2Y=";
    private static final String OLD_SECRET = "whsec_fhR7GzujCXJ2cdK2hG+b64Uw+qvu5n0Jt7CQEw2HzuA=";
    private static final String ID = "msg_2r8Xc0Tq";
    /** Signed with NEW_SECRET at SIGNED_AT. */
    private static final String BY_NEW = "v1,AaRl1Qn8uFtlHHk8F5DpjvqTXUC5t4XexkF+8D9lft8=";
    /** Signed with OLD_SECRET at SIGNED_AT. */
    private static final String BY_OLD = "v1,m0HLftwCUmcqRTkKAHVf0/1wmzkLSGFvkKaqnzXqFyc=";
    /** Signed with NEW_SECRET ten minutes before SIGNED_AT (1767225000). */
    private static final String BY_NEW_600_S_EARLIER = "v1,uHMSP+LyB8yctLI7nSEon3y8ucRR6FVX6GZR3I1lxQw=";
    /** Signed with NEW_SECRET 700 s after SIGNED_AT (1767226300). */
    private static final String BY_NEW_700_S_LATER = "v1,W38FPx6thuLm9V/KzaStTl1S1i+GMRPiTeWTpnctde0=";

    private static SignatureCheck check(String... secrets) {
        return new SignatureCheck(SignatureScheme.STANDARD_WEBHOOKS, List.of(secrets), SignatureCheck.DEFAULT_TOLERANCE,
                null);
    }

    private static Verdict verify(SignatureCheck check, long timestamp, String signature, byte[] body, Instant now) {
        return check.verify(headers("webhook-id", ID, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature), body, null, now);
    }

    @Test
    void theSpecificationsOwnExampleVerifies() {
        // The example in the Standard Webhooks repository; its signature checked with the openssl line above.
        SignatureCheck check = check("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        Verdict verdict = check.verify(headers("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        "webhook-timestamp", "1614265330",
                        "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8), null, Instant.ofEpochSecond(1614265330));
        assertEquals(new Verdict(Status.VALID, "msg_p5jXN8AQM9LWM0D4loKWxJek", "matches active secret 1"), verdict);
    }

    @Test
    void aFreshSignedRequestIsValidAndNamesItsEventId() {
        Verdict verdict = verify(check(NEW_SECRET), SIGNED_AT, BY_NEW, BODY, NOW.plusSeconds(4));
        assertEquals(Status.VALID, verdict.status());
        assertEquals(ID, verdict.eventId());
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCase() {
        Verdict verdict = check(NEW_SECRET).verify(headers("Webhook-Id", ID, "WEBHOOK-TIMESTAMP",
                Long.toString(SIGNED_AT), "Webhook-Signature", BY_NEW), BODY, null, NOW);
        assertEquals(Status.VALID, verdict.status());
    }

    @Test
    void theSecretMayComeWithoutItsPrefix() {
        assertEquals(Status.VALID, verify(check(NEW_SECRET.substring("whsec_".length())), SIGNED_AT, BY_NEW, BODY,
                NOW).status());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 25, 70, 76})   // the first byte, in the tracking number, the "ü"'s second byte, the last
    void oneChangedBodyByteIsInvalid(int position) {
        Verdict verdict = verify(check(NEW_SECRET), SIGNED_AT, BY_NEW, tampered(BODY, position), NOW);
        assertEquals(Status.INVALID, verdict.status());
        assertNull(verdict.eventId());
    }

    @Test
    void theEventIdAndTheTimestampAreSignedToo() {
        SignatureCheck check = check(NEW_SECRET);
        assertEquals(Status.INVALID, check.verify(headers("webhook-id", "msg_2r8Xc0Tr", "webhook-timestamp",
                Long.toString(SIGNED_AT), "webhook-signature", BY_NEW), BODY, null, NOW).status());
        // A moved timestamp is a forgery, not a late delivery: INVALID, never STALE.
        assertEquals(Status.INVALID, verify(check, SIGNED_AT + 1, BY_NEW, BODY, NOW).status());
    }

    @Test
    void aWrongSecretIsInvalid() {
        Verdict verdict = verify(check(OLD_SECRET), SIGNED_AT, BY_NEW, BODY, NOW);
        assertEquals(new Verdict(Status.INVALID, null, "no v1 entry of webhook-signature matches an active secret"),
                verdict);
    }

    @Test
    void anOldOrFutureTimestampBeyondTheToleranceIsStale() {
        SignatureCheck check = check(NEW_SECRET);
        assertEquals(new Verdict(Status.STALE, null, "webhook-timestamp is 600 s old, beyond the tolerance of 300 s"),
                verify(check, SIGNED_AT - 600, BY_NEW_600_S_EARLIER, BODY, NOW));
        assertEquals(new Verdict(Status.STALE, null,
                        "webhook-timestamp is 700 s ahead, beyond the tolerance of 300 s"),
                verify(check, SIGNED_AT + 700, BY_NEW_700_S_LATER, BODY, NOW));
    }

    @Test
    void theToleranceIncludesItsEdgeOnBothSides() {
        SignatureCheck check = check(NEW_SECRET);
        assertEquals(Status.VALID, verify(check, SIGNED_AT, BY_NEW, BODY, NOW.plusSeconds(300)).status());
        assertEquals(Status.VALID, verify(check, SIGNED_AT, BY_NEW, BODY, NOW.minusSeconds(300)).status());
        assertEquals(Status.STALE, verify(check, SIGNED_AT, BY_NEW, BODY, NOW.plusSeconds(301)).status());
        assertEquals(Status.STALE, verify(check, SIGNED_AT, BY_NEW, BODY, NOW.minusSeconds(301)).status());
        SignatureCheck wide = new SignatureCheck(SignatureScheme.STANDARD_WEBHOOKS, List.of(NEW_SECRET),
                Duration.ofMinutes(15), null);
        assertEquals(Status.VALID, verify(wide, SIGNED_AT - 600, BY_NEW_600_S_EARLIER, BODY, NOW).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
    void eachMissingHeaderIsNamed(String absent) {
        String[] all = {"webhook-id", ID, "webhook-timestamp", Long.toString(SIGNED_AT), "webhook-signature", BY_NEW};
        String[] kept = new String[4];
        for (int i = 0, k = 0; i < all.length; i += 2) {
            if (!all[i].equals(absent)) {
                kept[k++] = all[i];
                kept[k++] = all[i + 1];
            }
        }
        assertEquals(new Verdict(Status.MISSING, null, "no " + absent),
                check(NEW_SECRET).verify(headers(kept), BODY, null, NOW));
        String[] blank = all.clone();
        blank[List.of(all).indexOf(absent) + 1] = "  ";
        assertEquals(Status.MISSING, check(NEW_SECRET).verify(headers(blank), BODY, null, NOW).status());
    }

    @Test
    void duringARotationEitherActiveSecretPasses() {
        SignatureCheck rotating = check(OLD_SECRET, NEW_SECRET);
        assertEquals(new Verdict(Status.VALID, ID, "matches active secret 2"),
                verify(rotating, SIGNED_AT, BY_NEW, BODY, NOW));
        assertEquals(new Verdict(Status.VALID, ID, "matches active secret 1"),
                verify(rotating, SIGNED_AT, BY_OLD, BODY, NOW));
        assertEquals(Status.INVALID, verify(check(NEW_SECRET), SIGNED_AT, BY_OLD, BODY, NOW).status(),
                "once retired, the old secret no longer passes");
    }

    @Test
    void oneMatchingV1EntryAmongSeveralPasses() {
        String several = "v1,m0HLftwCUmcqRTkKAHVf0/1wmzkLSGFvkKaqnzXqFyc= v1a,c2lnbmVkIHdpdGggZWQyNTUxOQ== " + BY_NEW
                + "  v2,AAAA";
        assertEquals(Status.VALID, verify(check(NEW_SECRET), SIGNED_AT, several, BODY, NOW).status());
        // The same entries split over two header lines, as a proxy may forward them.
        Verdict split = check(NEW_SECRET).verify(headers("webhook-id", ID, "webhook-timestamp",
                Long.toString(SIGNED_AT), "webhook-signature", BY_OLD, "webhook-signature", BY_NEW), BODY, null, NOW);
        assertEquals(Status.VALID, split.status());
    }

    @Test
    void onlyV1EntriesCount() {
        String otherVersion = "v2," + BY_NEW.substring(3);
        assertEquals(new Verdict(Status.INVALID, null, "webhook-signature has no v1 entry"),
                verify(check(NEW_SECRET), SIGNED_AT, otherVersion, BODY, NOW));
        assertEquals(Status.INVALID, verify(check(NEW_SECRET), SIGNED_AT, BY_NEW.substring(3), BODY, NOW).status(),
                "a bare signature without its version is not read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1,!!!not base64***", "v1,", "v1,AaRl1Qn8uFtlHHk8F5DpjvqTXUC5t4XexkF+8D9lf",
            "v1,AaRl1Qn8uFtlHHk8F5DpjvqTXUC5t4XexkF-8D9lft8=", "v1,QUJD", ",,,", "v1"})
    void aMalformedSignatureIsInvalidNotAnError(String signature) {
        assertEquals(Status.INVALID, verify(check(NEW_SECRET), SIGNED_AT, signature, BODY, NOW).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1767225600.0", "-1767225600", "+1767225600", "2026-01-01T00:00:00Z",
            "9999999999999999999"})
    void aTimestampThatIsNotWholeSecondsIsInvalid(String timestamp) {
        Verdict verdict = check(NEW_SECRET).verify(headers("webhook-id", ID, "webhook-timestamp", timestamp,
                "webhook-signature", BY_NEW), BODY, null, NOW);
        assertEquals(new Verdict(Status.INVALID, null, "webhook-timestamp is not whole seconds since the epoch"),
                verdict);
    }

    @Test
    void anUnusableSecretIsRefusedWhenConfiguredWithoutShowingIt() {
        String notBase64 = "whsec_n0t*base64*at-all";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> check(NEW_SECRET, notBase64));
        assertEquals("secret 2 is not whsec_ followed by base64", refused.getMessage());
        assertFalse(refused.getMessage().contains("n0t*base64"));
        assertThrows(IllegalArgumentException.class, () -> check("whsec_"));
    }
}
