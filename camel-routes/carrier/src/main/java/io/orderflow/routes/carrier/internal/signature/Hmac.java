package io.orderflow.routes.carrier.internal.signature;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and the constant-time search for the active key that produced a presented signature. */
final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    /**
     * The 1-based position of the first key whose MAC over the concatenated parts equals one of the presented
     * signatures, or 0 when none does. Each comparison is constant-time ({@link MessageDigest#isEqual}).
     */
    static int matchingKey(List<byte[]> keys, List<byte[]> presented, byte[]... parts) {
        for (int i = 0; i < keys.size(); i++) {
            byte[] expected = sha256(keys.get(i), parts);
            for (byte[] signature : presented) {
                if (MessageDigest.isEqual(expected, signature)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);   // a Mac is not thread-safe: one per call
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no " + ALGORITHM, e);   // every Java SE has it
        }
    }
}
