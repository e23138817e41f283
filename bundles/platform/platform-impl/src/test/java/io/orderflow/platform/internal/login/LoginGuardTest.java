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

    @Test
    void aUserNameIsLockedAfterItsFailuresAndFreedWhenTheLockoutEnds() {
        for (int i = 0; i < 3; i++) {
            assertTrue(guard.lockedUntil("ann", "10.0.0.1", LoginGuard.Channel.REST).isEmpty());
            guard.failed("ann", "10.0.0." + i, LoginGuard.Channel.REST, "wrong password");
        }
        assertEquals(clock.now.plusSeconds(60), guard.lockedUntil("ann", "10.0.0.9", LoginGuard.Channel.SSH).orElseThrow());
        assertTrue(guard.lockedUntil("bob", "10.0.0.9", LoginGuard.Channel.REST).isEmpty(), "another user is not locked");
        assertTrue(recorded.get(2).details().contains("the user name is locked for 60 s"));

        clock.now = clock.now.plusSeconds(61);
        assertTrue(guard.lockedUntil("ann", "10.0.0.1", LoginGuard.Channel.REST).isEmpty());
        guard.failed("ann", "10.0.0.1", LoginGuard.Channel.REST, "wrong password");
        assertTrue(guard.lockedUntil("ann", "10.0.0.1", LoginGuard.Channel.REST).isEmpty(), "counting starts afresh");
    }

    @Test
    void anAddressIsLockedAfterFailuresForManyNames() {
        for (int i = 0; i < 5; i++) {
            guard.failed("user" + i, "192.0.2.7", LoginGuard.Channel.SSH, "wrong password");
        }
        assertTrue(guard.lockedUntil("someone-else", "192.0.2.7", LoginGuard.Channel.SSH).isPresent());
        assertTrue(guard.lockedUntil("someone-else", "192.0.2.8", LoginGuard.Channel.SSH).isEmpty());
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        guard.failed("ann", "a", LoginGuard.Channel.REST, "x");
        guard.failed("ann", "a", LoginGuard.Channel.REST, "x");
        clock.now = clock.now.plusSeconds(121);
        guard.failed("ann", "a", LoginGuard.Channel.REST, "x");
        assertTrue(guard.lockedUntil("ann", "b", LoginGuard.Channel.REST).isEmpty());
    }

    @Test
    void everyFailureIsRecordedAndASuccessOncePerWindow() {
        guard.failed("mal\u001b[2J", "a", LoginGuard.Channel.REST, "wrong password");
        guard.succeeded("ann", "a", LoginGuard.Channel.REST);
        guard.succeeded("ann", "a", LoginGuard.Channel.SSH);
        guard.succeeded("ann", "b", LoginGuard.Channel.SSH);
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        guard.succeeded("ann", "a", LoginGuard.Channel.REST);
        assertEquals(List.of("LOGIN_FAILED", "LOGIN", "LOGIN", "LOGIN"), recorded.stream().map(AuditRecord::action).toList());
        assertEquals("mal\\u001b[2J", recorded.get(0).actor(), "a typed name is recorded printable");
        assertFalse(recorded.get(1).details().contains("SSH"));
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
