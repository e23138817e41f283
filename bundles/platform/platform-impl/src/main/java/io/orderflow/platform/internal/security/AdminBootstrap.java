package io.orderflow.platform.internal.security;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when the Karaf realm's users file has no {@code admin} and none was created before (a marker in
 * {@code ${karaf.data}/orderflow} remembers it, so a deliberately deleted admin stays deleted), creates one in Karaf's admin group with a
 * random password, hashed by the realm's own encryption settings, and writes the password once to
 * {@code ${karaf.data}/orderflow/initial-admin-password}, readable by the owner only.
 * <p>
 * The users file is replaced in one atomic move rather than through the JAAS backing engine: the engine saves the file
 * in place once per change, and Karaf's auto-encryption watcher, re-reading the file on every change, can read it
 * half-written and save that back — a race that lost the admin user in testing.
 */
@Component(service = {})
public final class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String ADMIN_GROUP_KEY = "_g_:admingroup";
    private static final String ADMIN_GROUP_LINE = "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Activate
    public AdminBootstrap(
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<JaasRealm> realms) throws IOException {
        Optional<Map<String, ?>> options = propertiesModuleOptions(realms);
        if (options.isEmpty() || options.get().get("users") == null) {
            LOG.info("The karaf realm has no properties login module; no initial admin user is created");
            return;
        }
        Path usersFile = Path.of(options.get().get("users").toString());
        Properties users = read(usersFile);
        if (users.containsKey(ADMIN) || Files.exists(doneMarker())) {
            LOG.debug("Admin user exists or was created once already; nothing to bootstrap");
            return;
        }
        String password = randomPassword();
        writePasswordFile(passwordFile(), password);
        addAdmin(usersFile, users, new EncryptionSupport(options.get()).encrypt(password));
        // an admin deleted on purpose later must not come back at the next start
        Files.writeString(doneMarker(), "the initial admin user was created; delete this file to have it created again\n");
        LOG.warn("Created the initial admin user; its password is in {} (readable by this account only)."
                + " Change it and delete the file.", passwordFile());
    }

    private static Path doneMarker() {
        return passwordFile().resolveSibling("admin-bootstrap.done");
    }

    static Path passwordFile() {
        return Path.of(System.getProperty("karaf.data"), "orderflow", "initial-admin-password");
    }

    private static Optional<Map<String, ?>> propertiesModuleOptions(List<JaasRealm> realms) {
        Optional<JaasRealm> karafRealm = realms.stream().filter(r -> "karaf".equals(r.getName()))
                .max(Comparator.comparingInt(JaasRealm::getRank));
        if (karafRealm.isPresent()) {
            for (AppConfigurationEntry entry : karafRealm.get().getEntries()) {
                if (PROPERTIES_MODULE.equals(entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE))) {
                    return Optional.of(entry.getOptions());
                }
            }
        }
        return Optional.empty();
    }

    private static Properties read(Path usersFile) throws IOException {
        Properties users = new Properties();
        users.load(new StringReader(Files.readString(usersFile, StandardCharsets.ISO_8859_1)));
        return users;
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The password file comes first: a crash before the user exists leaves a retry, never an unknown password. */
    private static void writePasswordFile(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, password + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void addAdmin(Path usersFile, Properties users, String hashedPassword) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(usersFile, StandardCharsets.ISO_8859_1));
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        if (!users.containsKey(ADMIN_GROUP_KEY)) {
            text.append(ADMIN_GROUP_LINE).append('\n');
        }
        text.append(ADMIN).append(" = ").append(hashedPassword).append(',').append(ADMIN_GROUP_KEY).append('\n');
        Path tmp = usersFile.resolveSibling(usersFile.getFileName() + ".orderflow.tmp");
        Files.deleteIfExists(tmp);
        // created with the users file's own permissions, so that the hashes are never more readable than there
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(Files.getPosixFilePermissions(usersFile)));
        Files.writeString(tmp, text, StandardCharsets.ISO_8859_1);
        Files.move(tmp, usersFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
