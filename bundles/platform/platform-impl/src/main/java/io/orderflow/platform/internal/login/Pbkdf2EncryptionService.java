package io.orderflow.platform.internal.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;

/**
 * Salted, slow password hashes for Karaf's JAAS realm: PBKDF2 with HMAC-SHA-256 from the JDK, a random 16-byte salt
 * per password, {@value #DEFAULT_ITERATIONS} iterations unless {@code encryption.iterations} in
 * etc/org.apache.karaf.jaas.cfg says otherwise. Selected there with {@code encryption.name = orderflow-pbkdf2};
 * stored as {@code $pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64) between Karaf's prefix and suffix.
 * <p>
 * Hashes written by Karaf's {@code basic} encryption (unsalted SHA-256, hexadecimal) are still checked, so that no
 * one is locked out by the change; each is replaced by a PBKDF2 hash at its user's next login, and so is a PBKDF2
 * hash of fewer rounds than configured now (see {@link PasswordLogins}). Registered by {@link EncryptionActivator}.
 */
public final class Pbkdf2EncryptionService implements EncryptionService {

    static final String NAME = "orderflow-pbkdf2";
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final Pattern HASH = Pattern.compile("\\$pbkdf2-sha256\\$(\\d{1,8})\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)");
    /** A stored count above this is refused, not computed: a hash must not hold a login for minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final Pattern LEGACY = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        int count = iterations(params.get("iterations"));
        if (count < 1000 || count > MAX_ITERATIONS) {
            throw new IllegalArgumentException("encryption.iterations must be between 1000 and " + MAX_ITERATIONS
                    + " for " + NAME);
        }
        return new Pbkdf2(count);
    }

    /** True for a hash of Karaf's basic encryption as Orderflow used it before: SHA-256 in hexadecimal, no salt. */
    static boolean isLegacy(String hash) {
        return LEGACY.matcher(hash).matches();
    }

    /**
     * True for a stored hash to replace at the next login: an old unsalted one, or a PBKDF2 one with fewer rounds than
     * {@code iterations} (the configured count was raised since).
     */
    static boolean isWeakerThan(String hash, int iterations) {
        Matcher pbkdf2 = HASH.matcher(hash);
        return isLegacy(hash) || pbkdf2.matches() && Integer.parseInt(pbkdf2.group(1)) < iterations;
    }

    /** The count {@code encryption.iterations} configures, or the default. */
    static int iterations(Object configured) {
        return configured == null || configured.toString().isBlank() ? DEFAULT_ITERATIONS
                : Integer.parseInt(configured.toString().strip());
    }

    static final class Pbkdf2 implements Encryption {
        private final int iterations;

        Pbkdf2(int iterations) {
            this.iterations = iterations;
        }

        @Override
        public String encryptPassword(String password) {
            byte[] salt = new byte[SALT_BYTES];
            RANDOM.nextBytes(salt);
            Base64.Encoder base64 = Base64.getEncoder();
            return "$pbkdf2-sha256$" + iterations + "$" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(derive(password, salt, iterations));
        }

        @Override
        public boolean checkPassword(String input, String stored) {
            if (input == null || stored == null) {
                return false;
            }
            if (isLegacy(stored)) {
                return MessageDigest.isEqual(legacyHash(input).getBytes(StandardCharsets.US_ASCII),
                        stored.toLowerCase().getBytes(StandardCharsets.US_ASCII));
            }
            Matcher hash = HASH.matcher(stored);
            if (!hash.matches() || Integer.parseInt(hash.group(1)) > MAX_ITERATIONS) {
                return false;
            }
            try {
                Base64.Decoder base64 = Base64.getDecoder();
                return MessageDigest.isEqual(base64.decode(hash.group(3)),
                        derive(input, base64.decode(hash.group(2)), Integer.parseInt(hash.group(1))));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    static String legacyHash(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
