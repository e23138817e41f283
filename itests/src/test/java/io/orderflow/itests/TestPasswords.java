package io.orderflow.itests;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Test users' passwords stored already hashed, in the distribution's PBKDF2 format, with few iterations: the hash
 * names its iteration count, so they are checked quickly, and Karaf's watcher has nothing to hash at start (which it
 * does slowly, and would race with the initial admin user being written).
 */
final class TestPasswords {

    static final int ITERATIONS = 1000;

    private TestPasswords() {
    }

    static String hashed(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "{CRYPT}$pbkdf2-sha256$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(hash) + "{CRYPT}";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
