package io.orderflow.platform.internal.login;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.text.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name and per client address (REST and SSH) and locks either out for a while once
 * it has failed too often. A login is announced before the password is checked ({@link #begin}), and attempts still
 * being checked count like failures, so that guesses sent in parallel get no more tries than guesses in a row. Every
 * failed login is written to the security log ({@code data/log/security.log}) and the audit trail; a successful one
 * once per user, address and window; a refusal while locked once per lock. Names are counted whether or not a user of
 * that name exists. Settings change in place, keeping what was counted.
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
    /** Past this many names or addresses, those whose window and lock are over are forgotten first. */
    private static final int PRUNE_ABOVE = 10_000;
    private static final int MAX_NAME = 64;

    private final AuditTrail audit;
    private final Clock clock;
    private volatile Config config;
    private final Map<String, Failures> users = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();
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

    @Modified
    void modified(Config changed) {
        config = changed;
    }

    /**
     * Announces a login about to be checked. Refused (with the reason to give) while the name or the address is
     * locked, or while its failures and the attempts still being checked reach the limit; otherwise the attempt
     * counts until {@link #failed} or {@link #succeeded} ends it.
     */
    public synchronized Optional<String> begin(String user, String address, Channel channel) {
        Instant now = clock.instant();
        Failures byUser = current(users, user, now);
        Failures byAddress = current(addresses, address, now);
        Instant until = later(byUser.lockedUntil(now), byAddress.lockedUntil(now));
        boolean busy = byUser.count + byUser.pending >= config.maxFailuresPerUser()
                || byAddress.count + byAddress.pending >= config.maxFailuresPerAddress();
        if (until == null && !busy) {
            byUser.pending++;
            byAddress.pending++;
            return Optional.empty();
        }
        String reason = until != null ? "too many failed logins for this user name or from this address; try again"
                + " after " + until : "too many logins of this user name or from this address at once; try again shortly";
        if (byUser.noteRefusal() | byAddress.noteRefusal()) {
            SECURITY.info("LOGIN_REFUSED user={} address={} channel={} reason={}", shown(user), address, channel, reason);
        }
        return Optional.of(reason);
    }

    /** Ends an attempt {@link #begin} let through: a failure, which may lock the name or the address out. */
    public void failed(String user, String address, Channel channel, String reason) {
        Instant now = clock.instant();
        boolean userLocked;
        boolean addressLocked;
        synchronized (this) {
            userLocked = current(users, user, now).fail(now, config.maxFailuresPerUser(), lockout());
            addressLocked = current(addresses, address, now).fail(now, config.maxFailuresPerAddress(), lockout());
        }
        String details = "channel " + channel + " from " + address + ": " + reason
                + (userLocked ? "; the user name is locked for " + config.lockoutSeconds() + " s" : "")
                + (addressLocked ? "; the address is locked for " + config.lockoutSeconds() + " s" : "");
        SECURITY.info("LOGIN_FAILED user={} address={} channel={} reason={}{}{}", shown(user), address, channel, reason,
                userLocked ? " user-locked" : "", addressLocked ? " address-locked" : "");
        record(now, user, "LOGIN_FAILED", details);
    }

    /** Ends an attempt {@link #begin} let through: a success, which forgets the name's failures. */
    public void succeeded(String user, String address, Channel channel) {
        Instant now = clock.instant();
        synchronized (this) {
            users.remove(user);
            current(addresses, address, now).succeed();
        }
        String key = user + '\u0000' + address;
        Instant last = lastRecordedSuccess.get(key);
        if (last != null && last.plus(Duration.ofMinutes(config.successRecordMinutes())).isAfter(now)) {
            return;
        }
        if (lastRecordedSuccess.size() >= PRUNE_ABOVE) {
            lastRecordedSuccess.values().removeIf(t -> t.plus(Duration.ofMinutes(config.successRecordMinutes()))
                    .isBefore(now));
        }
        lastRecordedSuccess.put(key, now);
        SECURITY.info("LOGIN user={} address={} channel={}", shown(user), address, channel);
        record(now, user, "LOGIN", "channel " + channel + " from " + address);
    }

    public int credentialCacheSeconds() {
        return config.credentialCacheSeconds();
    }

    /** How long a REST caller with a wrong password waits, in all, before being answered. */
    public Duration failureDelay() {
        return Duration.ofMillis(config.failureDelayMillis());
    }

    private Duration lockout() {
        return Duration.ofSeconds(config.lockoutSeconds());
    }

    /** The record of a name or address, afresh when its window or its lock is over. */
    private Failures current(Map<String, Failures> records, String key, Instant now) {
        String known = key == null ? "" : key;
        Failures failures = records.get(known);
        if (failures == null || failures.over(now, Duration.ofSeconds(config.failureWindowSeconds()))) {
            if (records.size() >= PRUNE_ABOVE) {
                records.values().removeIf(f -> f.pending == 0
                        && f.over(now, Duration.ofSeconds(config.failureWindowSeconds())));
            }
            failures = new Failures(now, failures == null ? 0 : failures.pending);
            records.put(known, failures);
        }
        return failures;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
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

    /** Failed and pending logins of one name or address within its window; guarded by the LoginGuard's lock. */
    private static final class Failures {
        private final Instant windowStart;
        private int count;
        private int pending;
        private Instant lockedUntil;
        private boolean refusalLogged;

        Failures(Instant windowStart, int pending) {
            this.windowStart = windowStart;
            this.pending = pending;
        }

        Instant lockedUntil(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
        }

        /** One more failure; true when it locks the name or address out. */
        boolean fail(Instant now, int max, Duration lockout) {
            pending = Math.max(0, pending - 1);
            count++;
            if (count >= max && lockedUntil(now) == null) {
                lockedUntil = now.plus(lockout);
                refusalLogged = false;
                return true;
            }
            return false;
        }

        void succeed() {
            pending = Math.max(0, pending - 1);
        }

        /** True the first time a refusal is noted since the last lock began. */
        boolean noteRefusal() {
            boolean first = !refusalLogged;
            refusalLogged = true;
            return first;
        }

        /** A lock that has ended, or a window without lock that has ended, starts counting afresh. */
        boolean over(Instant now, Duration window) {
            return lockedUntil != null ? !lockedUntil.isAfter(now) : windowStart.plus(window).isBefore(now);
        }
    }
}
