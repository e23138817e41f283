package io.orderflow.platform.internal.login;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.text.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name and per client address (REST and SSH) and locks either out for a while once
 * it has failed too often. Every failed login is written to the security log ({@code data/log/security.log}) and the
 * audit trail; a successful one once per user, address and window. Locked names are counted whether or not a user of
 * that name exists, so that the answers do not tell which names exist.
 */
@Component(service = LoginGuard.class, configurationPid = LoginGuard.PID)
@Designate(ocd = LoginGuard.Config.class)
public final class LoginGuard {

    static final String PID = "orderflow.platform.login";

    @ObjectClassDefinition(name = "Orderflow logins", description = "Failed-login delay, lockout and login records")
    public @interface Config {
        @AttributeDefinition(min = "1", max = "1000", description = "Failed logins of one user name within the"
                + " window that lock it out")
        int maxFailuresPerUser() default 5;

        @AttributeDefinition(min = "1", max = "100000", description = "Failed logins from one client address within"
                + " the window that lock it out")
        int maxFailuresPerAddress() default 20;

        @AttributeDefinition(min = "1", max = "86400", description = "Seconds over which failures are counted")
        int failureWindowSeconds() default 900;

        @AttributeDefinition(min = "1", max = "86400", description = "Seconds a user name or address stays locked")
        int lockoutSeconds() default 900;

        @AttributeDefinition(min = "0", max = "10000", description = "Milliseconds a REST call with a wrong password"
                + " waits before it is answered")
        int failureDelayMillis() default 1000;

        @AttributeDefinition(min = "1", max = "1440", description = "A successful login of one user from one"
                + " address is recorded once per this many minutes")
        int successRecordMinutes() default 60;

        @AttributeDefinition(min = "0", max = "3600", description = "Seconds a verified REST password is remembered"
                + " (as a salted digest), so that the slow hash is not paid on every call; any change of the users"
                + " file forgets them all; 0 checks every call")
        int credentialCacheSeconds() default 60;
    }

    /** Where a login came from. */
    public enum Channel { REST, SSH }

    static final String SECURITY_LOG = "audit.orderflow.login"; // under Karaf's "audit" logger: security.log
    private static final Logger SECURITY = LoggerFactory.getLogger(SECURITY_LOG);
    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);
    /** Bounds the memory an attacker can fill with made-up names and addresses. */
    private static final int MAX_TRACKED = 10_000;
    private static final int MAX_NAME = 64;

    private final AuditTrail audit;
    private final Clock clock;
    private final Config config;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastRecordedSuccess = new ConcurrentHashMap<>();

    @Activate
    public LoginGuard(@Reference AuditTrail audit, Config config) {
        this(audit, config, Clock.systemUTC());
    }

    LoginGuard(AuditTrail audit, Config config, Clock clock) {
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Until when this user name or this address is locked out; empty when a login may be tried. */
    public Optional<Instant> lockedUntil(String user, String address, Channel channel) {
        Instant now = clock.instant();
        Instant userLock = lockOf(users.get(user), now);
        Instant addressLock = lockOf(addresses.get(address), now);
        Instant until = userLock == null ? addressLock : addressLock == null || userLock.isAfter(addressLock)
                ? userLock : addressLock;
        if (until != null) {
            SECURITY.info("LOGIN_REFUSED user={} address={} channel={} reason=locked until {}", shown(user),
                    address, channel, until);
        }
        return Optional.ofNullable(until);
    }

    /** Records a failed login and locks the name or address out when it has failed too often. */
    public void failed(String user, String address, Channel channel, String reason) {
        Instant now = clock.instant();
        boolean userLocked = count(users, user, now, config.maxFailuresPerUser());
        boolean addressLocked = count(addresses, address, now, config.maxFailuresPerAddress());
        String details = "channel " + channel + " from " + address + ": " + reason
                + (userLocked ? "; the user name is locked for " + config.lockoutSeconds() + " s" : "")
                + (addressLocked ? "; the address is locked for " + config.lockoutSeconds() + " s" : "");
        SECURITY.info("LOGIN_FAILED user={} address={} channel={} reason={}{}{}", shown(user), address,
                channel, reason, userLocked ? " user-locked" : "", addressLocked ? " address-locked" : "");
        record(now, user, "LOGIN_FAILED", details);
    }

    /** Records a successful login once per user, address and window, and forgets the user's failures. */
    public void succeeded(String user, String address, Channel channel) {
        Instant now = clock.instant();
        users.remove(user);
        String key = user + '\u0000' + address;
        Instant last = lastRecordedSuccess.get(key);
        if (last != null && last.plus(Duration.ofMinutes(config.successRecordMinutes())).isAfter(now)) {
            return;
        }
        bounded(lastRecordedSuccess, now).put(key, now);
        SECURITY.info("LOGIN user={} address={} channel={}", shown(user), address, channel);
        record(now, user, "LOGIN", "channel " + channel + " from " + address);
    }

    public int credentialCacheSeconds() {
        return config.credentialCacheSeconds();
    }

    /** How long a caller with a wrong password waits before being answered. */
    public Duration failureDelay() {
        return Duration.ofMillis(config.failureDelayMillis());
    }

    private boolean count(Map<String, Failures> failures, String key, Instant now, int max) {
        if (key == null) {
            return false;
        }
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.expired(now));
        }
        Failures updated = failures.compute(key, (k, f) -> (f == null || f.expired(now) ? new Failures(now) : f)
                .failedAt(now, max, Duration.ofSeconds(config.lockoutSeconds())));
        return updated.lockedUntil != null && updated.lockedUntil.isAfter(now) && updated.count == max;
    }

    private Instant lockOf(Failures failures, Instant now) {
        return failures == null || failures.lockedUntil == null || !failures.lockedUntil.isAfter(now) ? null
                : failures.lockedUntil;
    }

    private Map<String, Instant> bounded(Map<String, Instant> map, Instant now) {
        if (map.size() >= MAX_TRACKED) {
            map.values().removeIf(t -> t.plus(Duration.ofMinutes(config.successRecordMinutes())).isBefore(now));
            if (map.size() >= MAX_TRACKED) {
                map.clear();
            }
        }
        return map;
    }

    private void record(Instant now, String user, String action, String details) {
        try {
            audit.record(new AuditRecord(now, shown(user), null, action, "login", null, details));
        } catch (RuntimeException e) {
            LOG.warn("Cannot record {} of {} in the audit trail: {}", action, shown(user), e.getMessage());
        }
    }

    /** A user name as typed by anyone: printable and short, never blank. */
    static String shown(String user) {
        if (user == null || user.isBlank()) {
            return "(none)";
        }
        String printable = Text.printable(user);
        return printable.length() > MAX_NAME ? printable.substring(0, MAX_NAME) + "…" : printable;
    }

    /** Failures of one name or address within the current window. */
    private final class Failures {
        private final Instant windowStart;
        private final int count;
        private final Instant lockedUntil;

        Failures(Instant windowStart) {
            this(windowStart, 0, null);
        }

        private Failures(Instant windowStart, int count, Instant lockedUntil) {
            this.windowStart = windowStart;
            this.count = count;
            this.lockedUntil = lockedUntil;
        }

        Failures failedAt(Instant now, int max, Duration lockout) {
            int failed = count + 1;
            return new Failures(windowStart, failed, failed >= max ? now.plus(lockout) : null);
        }

        /** A lock that has ended, or a window without lock that has ended, starts counting afresh. */
        boolean expired(Instant now) {
            return lockedUntil != null ? !lockedUntil.isAfter(now)
                    : windowStart.plusSeconds(config.failureWindowSeconds()).isBefore(now);
        }
    }
}
