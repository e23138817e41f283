package io.orderflow.platform.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class LoginGuardTest {

    private final List<AuditRecord> recorded = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private final LoginGuard guard = new LoginGuard(new RecordingAudit(),
            Converters.standardConverter().convert(Map.of("maxFailuresPerUser", 3, "maxFailuresPerAddress", 5,
                    "lockoutSeconds", 60, "failureWindowSeconds", 120, "successRecordMinutes", 10))
                    .to(LoginGuard.Config.class), clock);

    /** A login tried and failed, as the REST and SSH paths do it. */
    private void fail(String user, String address) {
        assertTrue(guard.begin(user, address, LoginGuard.Channel.REST).isEmpty(), "let through");
        guard.failed(user, address, LoginGuard.Channel.REST, "wrong password");
    }

    private boolean refused(String user, String address) {
        return guard.begin(user, address, LoginGuard.Channel.SSH).isPresent();
    }

    @Test
    void aUserNameIsLockedAfterItsFailuresAndFreedWhenTheLockoutEnds() {
        for (int i = 0; i < 3; i++) {
            fail("ann", "10.0.0." + i);
        }
        assertTrue(guard.begin("ann", "10.0.0.9", LoginGuard.Channel.SSH).orElseThrow()
                .contains("try again after " + clock.now.plusSeconds(60)));
        assertFalse(refused("bob", "10.0.0.9"), "another user is not locked");
        assertTrue(recorded.get(2).details().contains("the user name is locked for 60 s"));

        clock.now = clock.now.plusSeconds(61);
        fail("ann", "10.0.0.1");
        assertFalse(refused("ann", "10.0.0.1"), "counting starts afresh");
    }

    @Test
    void guessesSentInParallelGetNoMoreTriesThanGuessesInARow() {
        for (int i = 0; i < 3; i++) {
            assertTrue(guard.begin("ann", "10.0.0.1", LoginGuard.Channel.REST).isEmpty());
        }
        assertTrue(guard.begin("ann", "10.0.0.2", LoginGuard.Channel.REST).orElseThrow().contains("at once"),
                "three attempts in flight use up the three tries");
        guard.succeeded("ann", "10.0.0.1", LoginGuard.Channel.REST);
        assertFalse(refused("ann", "10.0.0.1"), "a success ends the name's failures and frees a place");
    }

    @Test
    void anAddressIsLockedAfterFailuresForManyNames() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "192.0.2.7");
        }
        assertTrue(refused("someone-else", "192.0.2.7"));
        assertFalse(refused("someone-else", "192.0.2.8"));
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        fail("ann", "a");
        fail("ann", "a");
        clock.now = clock.now.plusSeconds(121);
        fail("ann", "a");
        assertFalse(refused("ann", "b"));
    }

    @Test
    void everyFailureIsRecordedAndASuccessOncePerWindow() {
        fail("mal\u001b[2J", "a");
        for (String[] login : new String[][] {{"ann", "a"}, {"ann", "a"}, {"ann", "b"}}) {
            assertTrue(guard.begin(login[0], login[1], LoginGuard.Channel.SSH).isEmpty());
            guard.succeeded(login[0], login[1], LoginGuard.Channel.SSH);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        guard.succeeded("ann", "a", LoginGuard.Channel.REST);
        assertEquals(List.of("LOGIN_FAILED", "LOGIN", "LOGIN", "LOGIN"), recorded.stream().map(AuditRecord::action).toList());
        assertEquals("mal\\u001b[2J", recorded.get(0).actor(), "a typed name is recorded printable");
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final class RecordingAudit implements AuditTrail {
        @Override
        public void record(Connection transaction, AuditRecord record) {
            recorded.add(record);
        }

        @Override
        public void record(AuditRecord record) {
            recorded.add(record);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return List.of();
        }
    }
}
