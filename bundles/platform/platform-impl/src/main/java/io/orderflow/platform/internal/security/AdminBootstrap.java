package io.orderflow.platform.internal.security;

import java.io.IOException;
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
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when the Karaf realm has no {@code admin} user, creates one with a random password, hashed by the
 * realm (users.properties encryption), and writes the password once to
 * {@code ${karaf.data}/orderflow/initial-admin-password}, readable by the owner only. It goes through the JAAS
 * backing engine, the same API as {@code jaas:*}, so hashing and file format stay Karaf's business.
 */
@Component(service = {})
public final class AdminBootstrap {

    static final String ADMIN = "admin";
    static final String ADMIN_GROUP = "admingroup";
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final List<String> ADMIN_GROUP_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Activate
    public AdminBootstrap(
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<BackingEngineFactory> factories) throws IOException {
        Optional<BackingEngine> engine = propertiesEngine(realms, factories);
        if (engine.isEmpty()) {
            LOG.info("The karaf realm has no properties login module; no initial admin user is created");
            return;
        }
        if (engine.get().lookupUser(ADMIN) != null) {
            LOG.debug("Admin user exists; nothing to bootstrap");
            return;
        }
        createAdmin(engine.get(), passwordFile());
    }

    static Path passwordFile() {
        return Path.of(System.getProperty("karaf.data"), "orderflow", "initial-admin-password");
    }

    private static Optional<BackingEngine> propertiesEngine(List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        Optional<JaasRealm> karafRealm = realms.stream().filter(r -> "karaf".equals(r.getName()))
                .max(Comparator.comparingInt(JaasRealm::getRank));
        if (karafRealm.isEmpty()) {
            return Optional.empty();
        }
        for (AppConfigurationEntry entry : karafRealm.get().getEntries()) {
            Map<String, ?> options = entry.getOptions();
            if (PROPERTIES_MODULE.equals(options.get(ProxyLoginModule.PROPERTY_MODULE))) {
                return factories.stream().filter(f -> PROPERTIES_MODULE.equals(f.getModuleClass())).findFirst()
                        .map(f -> f.build(options));
            }
        }
        return Optional.empty();
    }

    private static void createAdmin(BackingEngine engine, Path passwordFile) throws IOException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);

        // The password file is in place before the user exists: a crash in between leaves a retry, never a
        // user whose password nobody knows.
        Files.createDirectories(passwordFile.getParent());
        Path tmp = passwordFile.resolveSibling(passwordFile.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, password + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, passwordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        if (engine.listGroups().keySet().stream().map(GroupPrincipal::getName).noneMatch(ADMIN_GROUP::equals)) {
            engine.createGroup(ADMIN_GROUP);
            ADMIN_GROUP_ROLES.forEach(role -> engine.addGroupRole(ADMIN_GROUP, role));
        }
        engine.addUser(ADMIN, password);
        engine.addGroup(ADMIN, ADMIN_GROUP);
        LOG.warn("Created the initial admin user; its password is in {} (readable by this account only)."
                + " Change it and delete the file.", passwordFile);
    }
}
