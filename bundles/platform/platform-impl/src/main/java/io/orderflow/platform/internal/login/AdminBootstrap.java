package io.orderflow.platform.internal.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when the Karaf realm's users file has no {@code admin} and none was created before (a marker in
 * {@code ${karaf.data}/orderflow} remembers it, so a deliberately deleted admin stays deleted), creates one in Karaf's
 * admin group with a random password, hashed by the realm's own encryption settings, and writes the password once to
 * {@code ${karaf.data}/orderflow/initial-admin-password}, readable by the owner only. {@link PasswordLogins} deletes
 * that file once the admin password has been changed.
 */
@Component(service = {})
public final class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final String ADMIN_GROUP_KEY = "_g_:admingroup";
    private static final String ADMIN_GROUP_LINE = "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Activate
    public AdminBootstrap(@Reference UsersFile usersFile) throws IOException {
        if (!usersFile.exists()) {
            LOG.info("The karaf realm has no properties login module; no initial admin user is created");
            return;
        }
        Properties users = usersFile.read();
        if (users.containsKey(ADMIN) || Files.exists(doneMarker())) {
            LOG.debug("Admin user exists or was created once already; nothing to bootstrap");
            return;
        }
        String password = randomPassword();
        writePasswordFile(passwordFile(), password);
        List<String> lines = new ArrayList<>();
        if (!users.containsKey(ADMIN_GROUP_KEY)) {
            lines.add(ADMIN_GROUP_LINE);
        }
        lines.add(ADMIN + " = " + usersFile.encrypt(password) + "," + ADMIN_GROUP_KEY);
        usersFile.append(lines);
        // an admin deleted on purpose later must not come back at the next start
        Files.writeString(doneMarker(), "the initial admin user was created; delete this file to have it created again\n");
        LOG.warn("Created the initial admin user; its password is in {} (readable by this account only)."
                + " Change it: the file is deleted once the password is changed.", passwordFile());
    }

    private static Path doneMarker() {
        return passwordFile().resolveSibling("admin-bootstrap.done");
    }

    static Path passwordFile() {
        return Path.of(System.getProperty("karaf.data"), "orderflow", "initial-admin-password");
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
}
