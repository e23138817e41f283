package io.orderflow.platform.internal.login;

import io.orderflow.platform.internal.files.PrivateFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The users file of the Karaf realm's properties login module ({@code etc/users.properties}), kept private to the
 * account running Orderflow. Changes are written to a new file that replaces the old one at once: Karaf's JAAS engine
 * saves the file in place, and Karaf's auto-encryption watcher, re-reading it on every change, could read it
 * half-written and save that back. And they wait until that watcher has hashed every password written in clear:
 * it reads the file, hashes (slowly, by design) and saves what it read, which would undo a change made meanwhile.
 */
@Component(service = UsersFile.class)
public final class UsersFile {

    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final Duration CLEAR_PASSWORDS_WAIT = Duration.ofSeconds(60);

    /** Read afresh each time: the realm takes its encryption settings from the JAAS configuration after it starts. */
    private final List<JaasRealm> realms;
    private final Path file;

    @Activate
    public UsersFile(@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE,
            policyOption = ReferencePolicyOption.GREEDY) List<JaasRealm> realms) throws IOException {
        this.realms = realms;
        Object users = options().get("users");
        this.file = users == null ? null : Path.of(users.toString());
        if (file != null) {
            PrivateFiles.restrict(file);
        }
    }

    /** False when the karaf realm keeps no users file (another login module); then nothing here applies. */
    public boolean exists() {
        return file != null;
    }

    public Path path() {
        return file;
    }

    /** Changes whenever the file does: its modification time and size; empty when it cannot be read. */
    public Optional<String> stamp() {
        if (file == null) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(attributes.lastModifiedTime().toMillis() + "/" + attributes.size());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Properties read() throws IOException {
        Properties users = new Properties();
        if (file != null) {
            try {
                users.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
            } catch (NoSuchFileException e) {
                return users;
            }
        }
        return users;
    }

    /** The stored password of a user, as the file has it (with the encryption's prefix and suffix). */
    public Optional<String> storedPassword(String user) throws IOException {
        String entry = read().getProperty(user);
        return entry == null ? Optional.empty() : Optional.of(entry.split(",", 2)[0].strip());
    }

    /** The password hashed as the realm's encryption settings say, prefix and suffix included. */
    public String encrypt(String password) {
        return new EncryptionSupport(options()).encrypt(password);
    }

    /** True when the user exists and {@code password} is theirs, checked as the realm checks it. */
    public boolean matches(String user, String password) throws IOException {
        Optional<String> stored = storedPassword(user);
        if (stored.isEmpty()) {
            return false;
        }
        Encryption encryption = new EncryptionSupport(options()).getEncryption();
        return encryption == null ? stored.get().equals(password)
                : encryption.checkPassword(password, withoutAffixes(stored.get()));
    }

    /** The PBKDF2 rounds the realm's encryption settings ask for. */
    public int pbkdf2Iterations() {
        return Pbkdf2EncryptionService.iterations(options().get("encryption.iterations"));
    }

    /** True when the realm hashes new passwords with Orderflow's PBKDF2 encryption. */
    public boolean hashesWithPbkdf2() {
        return "true".equalsIgnoreCase(option("encryption.enabled"))
                && Pbkdf2EncryptionService.NAME.equals(option("encryption.name"));
    }

    /** The stored value without the encryption's prefix and suffix, when it has them. */
    public String withoutAffixes(String stored) {
        String prefix = option("encryption.prefix");
        String suffix = option("encryption.suffix");
        if (stored.startsWith(prefix) && stored.endsWith(suffix) && stored.length() >= prefix.length() + suffix.length()) {
            return stored.substring(prefix.length(), stored.length() - suffix.length());
        }
        return stored;
    }

    /** Replaces the password of an existing user, keeping its roles and groups; false when there is no such user. */
    public synchronized boolean replacePassword(String user, String storedPassword) throws IOException {
        Pattern line = Pattern.compile("\\s*" + Pattern.quote(escapeKey(user)) + "\\s*[=:].*");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        for (int i = 0; i < lines.size(); i++) {
            if (line.matcher(lines.get(i)).matches() && !lines.get(i).endsWith("\\")) {
                String entry = read().getProperty(user);
                String rest = entry.contains(",") ? entry.substring(entry.indexOf(',')) : "";
                lines.set(i, escapeKey(user) + " = " + storedPassword + rest);
                replace(String.join("\n", lines) + "\n");
                return true;
            }
        }
        return false;
    }

    /** Appends lines at the end of the file. */
    public synchronized void append(List<String> newLines) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(file, StandardCharsets.ISO_8859_1));
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        newLines.forEach(l -> text.append(l).append('\n'));
        replace(text.toString());
    }

    private void replace(String text) throws IOException {
        awaitNoClearPasswords();
        Path tmp = file.resolveSibling(file.getFileName() + ".orderflow.tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, text, StandardCharsets.ISO_8859_1);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Waits, a bounded time, until no user's password is stored in clear (Karaf's watcher is done hashing). */
    private void awaitNoClearPasswords() throws IOException {
        long deadline = System.nanoTime() + CLEAR_PASSWORDS_WAIT.toNanos();
        while (hasClearPasswords() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while Karaf hashes passwords written in clear", e);
            }
        }
    }

    private boolean hasClearPasswords() throws IOException {
        if (!"true".equalsIgnoreCase(option("encryption.enabled"))
                || option("encryption.prefix").isEmpty() && option("encryption.suffix").isEmpty()) {
            return false; // nothing is hashed by Karaf's watcher then, or nothing can tell a hash from a password
        }
        Properties users = read();
        for (String user : users.stringPropertyNames()) {
            String stored = users.getProperty(user).split(",", 2)[0].strip();
            if (!user.startsWith("_g_:") && withoutAffixes(stored).equals(stored)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, ?> options() {
        Map<String, ?> options = propertiesModuleOptions(realms);
        return options == null ? Map.of() : options;
    }

    private String option(String key) {
        Object value = options().get(key);
        return value == null ? "" : value.toString();
    }

    private static String escapeKey(String user) {
        return user.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ");
    }

    private static Map<String, ?> propertiesModuleOptions(List<JaasRealm> realms) {
        Optional<JaasRealm> karaf = realms.stream().filter(r -> "karaf".equals(r.getName()))
                .max(Comparator.comparingInt(JaasRealm::getRank));
        if (karaf.isPresent()) {
            for (AppConfigurationEntry entry : karaf.get().getEntries()) {
                if (PROPERTIES_MODULE.equals(entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE))) {
                    return entry.getOptions();
                }
            }
        }
        return null;
    }
}
