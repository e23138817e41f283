package io.orderflow.routes.carrier.internal.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.routes.carrier.internal.profile.SignatureScheme;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a profile must give before any request is checked. */
class SignatureCheckTest {

    private static String refusal(SignatureScheme scheme, Duration tolerance, String... secrets) {
        return assertThrows(IllegalArgumentException.class,
                () -> new SignatureCheck(scheme, Arrays.asList(secrets), tolerance, null)).getMessage();
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void aProfileHasOneOrTwoNonBlankSecrets(SignatureScheme scheme) {
        Duration tolerance = SignatureCheck.DEFAULT_TOLERANCE;
        assertEquals("a profile has one or two active secrets, not 0", refusal(scheme, tolerance));
        assertEquals("a profile has one or two active secrets, not 3",
                refusal(scheme, tolerance, "whsec_QUJD", "whsec_REVG", "whsec_R0hJ"));
        assertEquals("secret 2 is blank", refusal(scheme, tolerance, "whsec_QUJD", " \t"));
        assertEquals("secret 1 is blank", refusal(scheme, tolerance, null, "whsec_QUJD"));
        assertEquals("the tolerance must not be negative", refusal(scheme, Duration.ofSeconds(-1), "whsec_QUJD"));
        new SignatureCheck(scheme, List.of("whsec_QUJD", "whsec_REVG"), tolerance, null);   // two are fine
    }
}
