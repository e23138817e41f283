package io.orderflow.platform.internal.login;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password logins against the Karaf realm, guarded by {@link LoginGuard}. With HTTP Basic every call authenticates,
 * so a verified password is remembered (as a salted digest, never in clear) for a short time; any change of the
 * users file forgets all of them at once. After a successful login it does what must wait for a password in clear:
 * an old unsalted hash, or one of fewer rounds than configured, is replaced by a PBKDF2 one of the configured rounds,
 * and the initial admin password file is deleted once that password no longer opens the admin account.
 */
@Component(service = PasswordLogins.class)
public final class PasswordLogins {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordLogins.class);
    private static final Logger SECURITY = LoggerFactory.getLogger(LoginGuard.SECURITY_LOG);
    private static final int MAX_CACHED = 10_000;

    private final LoginGuard guard;
    private final UsersFile users;
    private final AuditTrail audit;
    private final Path initialPassword;
    private final Clock clock = Clock.systemUTC();
    private final byte[] digestSalt = new byte[16];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private volatile String usersStamp;

    /** The outcome of a login: the subject when admitted, else why not, to be told to the caller. */
    public record Result(Subject subject, String refusal) {
        public boolean admitted() {
            return subject != null;
        }
    }

    @Activate
    public PasswordLogins(@Reference LoginGuard guard, @Reference UsersFile users, @Reference AuditTrail audit) {
        this(guard, users, audit, AdminBootstrap.passwordFile());
    }

    PasswordLogins(LoginGuard guard, UsersFile users, AuditTrail audit, Path initialPassword) {
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.initialPassword = initialPassword;
        new SecureRandom().nextBytes(digestSalt);
        usersStamp = users.stamp().orElse(null);
        removeInitialPasswordOnceChanged();
    }

    /**
     * A REST login (HTTP Basic) from {@code address}. A refused one is answered no sooner than the failure delay
     * after it began, whether the name exists (and its slow hash was computed) or not, so that the time taken does
     * not tell.
     */
    public Result login(String user, String password, String address) {
        long started = System.nanoTime();
        String stamp = noticeUsersFileChange();
        byte[] digest = digest(user, password);
        Verified known = verified.get(user);
        Instant now = clock.instant();
        if (known != null && Objects.equals(known.usersStamp, stamp) && known.until.isAfter(now)
                && MessageDigest.isEqual(known.digest, digest)) {
            return new Result(known.subject, null);
        }
        Optional<String> refused = guard.begin(user, address, LoginGuard.Channel.REST);
        if (refused.isPresent()) {
            return new Result(null, refused.get());
        }
        Subject subject = jaasLogin(user, password);
        if (subject == null) {
            guard.failed(user, address, LoginGuard.Channel.REST, "wrong user name or password");
            pauseUntil(started + guard.failureDelay().toNanos());
            return new Result(null, "wrong user name or password");
        }
        guard.succeeded(user, address, LoginGuard.Channel.REST);
        afterLogin(user, password);
        if (guard.credentialCacheSeconds() > 0) {
            if (verified.size() >= MAX_CACHED) {
                verified.clear();
            }
            // the stamp read before the login: a change during it makes this entry stale at once
            verified.put(user, new Verified(digest, subject, now.plusSeconds(guard.credentialCacheSeconds()), stamp));
        }
        return new Result(subject, null);
    }

    private static void pauseUntil(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What follows a successful login of any channel: an old hash replaced, the initial password file deleted once
     * the admin password was changed.
     */
    public void afterLogin(String user, String password) {
        noticeUsersFileChange();
        try {
            int iterations = users.hashesWithPbkdf2() ? users.pbkdf2Iterations() : 0;
            if (iterations > 0 && users.storedPassword(user).map(users::withoutAffixes)
                    .filter(hash -> Pbkdf2EncryptionService.isWeakerThan(hash, iterations)).isPresent()) {
                users.replacePassword(user, users.encrypt(password));
                LOG.info("The password hash of {} was upgraded to PBKDF2 with {} rounds", LoginGuard.shown(user),
                        iterations);
                SECURITY.info("PASSWORD_HASH_UPGRADED user={}", LoginGuard.shown(user));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot upgrade the password hash of {}: {}", LoginGuard.shown(user), e.toString());
        }
    }

    /** The users file's stamp now; when it changed, every remembered password is forgotten and the admin checked. */
    private String noticeUsersFileChange() {
        String stamp = users.stamp().orElse(null);
        if (!Objects.equals(stamp, usersStamp)) {
            usersStamp = stamp;
            verified.clear();
            removeInitialPasswordOnceChanged();
        }
        return stamp;
    }

    private synchronized void removeInitialPasswordOnceChanged() {
        if (!users.exists() || !Files.isRegularFile(initialPassword)) {
            return;
        }
        try {
            String initial = Files.readString(initialPassword, StandardCharsets.US_ASCII).strip();
            if (users.storedPassword(AdminBootstrap.ADMIN).isEmpty() || users.matches(AdminBootstrap.ADMIN, initial)) {
                return;
            }
            Files.delete(initialPassword);
            LOG.info("The admin password was changed; {} is deleted", initialPassword);
            audit.record(new AuditRecord(clock.instant(), AdminBootstrap.ADMIN, null, "INITIAL_PASSWORD_REMOVED", "login",
                    null, "the initial admin password no longer opens the account; its file is deleted"));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot check whether the initial admin password was changed: {}", e.toString());
        }
    }

    private static Subject jaasLogin(String user, String password) {
        try {
            // A callback this handler does not answer (the public-key module's) leaves that module out, silently.
            LoginContext context = new LoginContext("karaf", new Subject(), callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    }
                }
            });
            context.login();
            return context.getSubject();
        } catch (LoginException e) {
            return null;
        }
    }

    private byte[] digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(digestSalt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Verified(byte[] digest, Subject subject, Instant until, String usersStamp) {
    }
}
