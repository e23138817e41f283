package io.orderflow.platform.internal.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.junit.jupiter.api.Test;

class Pbkdf2EncryptionServiceTest {

    private final Encryption pbkdf2 = new Pbkdf2EncryptionService().createEncryption(Map.of("iterations", "1000"));

    @Test
    void hashesAreSaltedAndCheckOnlyTheirPassword() {
        String first = pbkdf2.encryptPassword("s3cret");
        String second = pbkdf2.encryptPassword("s3cret");
        assertTrue(first.startsWith("$pbkdf2-sha256$1000$"), first);
        assertNotEquals(first, second, "a random salt per hash");
        assertTrue(pbkdf2.checkPassword("s3cret", first));
        assertTrue(pbkdf2.checkPassword("s3cret", second));
        assertFalse(pbkdf2.checkPassword("s3cret ", first));
        assertFalse(pbkdf2.checkPassword("s3cret", "$pbkdf2-sha256$1000$bad$hash"));
    }

    @Test
    void karafsOldUnsaltedHashesStillCheckSoTheyCanBeUpgraded() {
        String legacy = Pbkdf2EncryptionService.legacyHash("karaf").toUpperCase();
        assertTrue(Pbkdf2EncryptionService.isLegacy(legacy));
        assertTrue(pbkdf2.checkPassword("karaf", legacy));
        assertFalse(pbkdf2.checkPassword("karaf2", legacy));
        assertFalse(Pbkdf2EncryptionService.isLegacy(pbkdf2.encryptPassword("karaf")));
    }

    @Test
    void weakerHashesAreReplacedAndAbsurdCountsNotComputed() {
        String thousand = pbkdf2.encryptPassword("s3cret");
        assertTrue(Pbkdf2EncryptionService.isWeakerThan(thousand, 600_000));
        assertFalse(Pbkdf2EncryptionService.isWeakerThan(thousand, 1000));
        assertTrue(Pbkdf2EncryptionService.isWeakerThan(Pbkdf2EncryptionService.legacyHash("x"), 1000));
        String absurd = thousand.replace("$1000$", "$99999999$");
        assertFalse(pbkdf2.checkPassword("s3cret", absurd), "refused, not computed for minutes");
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Pbkdf2EncryptionService().createEncryption(Map.of("iterations", "10")));
    }
}
