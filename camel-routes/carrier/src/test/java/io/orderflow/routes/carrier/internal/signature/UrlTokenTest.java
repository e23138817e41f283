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

class UrlTokenTest {

    private static final String TOKEN = "t0k-\u00E9t\u00E9-2026-Kq9v";
    private static final String ROTATED = "t0k-rotated-2027-Zm4p";

    private static Verdict verify(String token, String... secrets) {
        return new SignatureCheck(SignatureScheme.URL_TOKEN, List.of(secrets), Duration.ZERO, null)
                .verify(headers(), BODY, token, NOW);
    }

    @Test
    void theRightTokenIsValidWhateverTheBody() {
        assertEquals(new Verdict(Status.VALID, null, "matches active secret 1"), verify(TOKEN, TOKEN));
        // The token signs nothing: a changed body passes too, which is why this scheme is the weakest.
        assertEquals(Status.VALID, new SignatureCheck(SignatureScheme.URL_TOKEN, List.of(TOKEN), Duration.ZERO, null)
                .verify(headers(), tampered(BODY, 25), TOKEN, NOW).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"t0k-\u00E9t\u00E9-2026-Kq9", "t0k-\u00E9t\u00E9-2026-Kq9vX", "T0K-\u00C9T\u00C9-2026-KQ9V",
            "t0k-e\u0301te\u0301-2026-Kq9v", ROTATED})
    void anyOtherTokenIsInvalid(String token) {
        assertEquals(new Verdict(Status.INVALID, null, "token matches no active secret"), verify(token, TOKEN));
    }

    @Test
    void noTokenIsMissing() {
        assertEquals(new Verdict(Status.MISSING, null, "no token in the query"), verify(null, TOKEN));
        assertEquals(Status.MISSING, verify("", TOKEN).status());
    }

    @Test
    void duringARotationEitherActiveTokenPasses() {
        assertEquals(new Verdict(Status.VALID, null, "matches active secret 2"), verify(ROTATED, TOKEN, ROTATED));
        assertEquals(Status.VALID, verify(TOKEN, TOKEN, ROTATED).status());
    }
}
