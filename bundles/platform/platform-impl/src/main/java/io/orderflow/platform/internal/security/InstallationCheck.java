package io.orderflow.platform.internal.security;

import io.orderflow.platform.internal.files.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start: makes the data folder, etc/ and everything in it private to the account running Orderflow (a tar.gz
 * unpacks them readable by everyone), and warns when that account is root.
 */
@Component(service = {}, immediate = true)
public final class InstallationCheck {

    private static final Logger LOG = LoggerFactory.getLogger(InstallationCheck.class);

    @Activate
    public InstallationCheck() {
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        List<Path> secrets = new ArrayList<>(List.of(data, etc));
        // every file of etc/: users, host key, partners' SFTP passwords, keystores and their passwords
        try (Stream<Path> files = Files.list(etc)) {
            files.forEach(secrets::add);
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", etc, e.toString());
        }
        for (Path secret : secrets) {
            try {
                PrivateFiles.restrict(secret);
            } catch (IOException e) {
                LOG.warn("Cannot make {} private to this account: {}", secret, e.toString());
            }
        }
        if (runsAsRoot()) {
            LOG.warn("Orderflow runs as root: a flaw in any part of it would give away the whole machine. Run it as a"
                    + " service account of its own (README, \"Running in production\").");
        }
    }

    static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
