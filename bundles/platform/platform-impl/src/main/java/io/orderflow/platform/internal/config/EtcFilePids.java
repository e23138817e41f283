package io.orderflow.platform.internal.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes etc/ files work for PIDs with a hyphen, such as {@code orderflow.sales-order.intake} and the shell ACL
 * {@code org.apache.karaf.command.acl.sales-order}. Felix fileinstall reads the first '-' of a file name as the
 * factory separator, so {@code orderflow.sales-order.intake.cfg} becomes a factory configuration of
 * {@code orderflow.sales} that nobody uses. For Orderflow's PID prefixes this component moves such a configuration to
 * the PID the file is named after ({@code <pid>.cfg}, or {@code <factoryPid>~<name>.cfg} for a named factory
 * configuration). The target keeps fileinstall's file name property, so later edits of the file reach it. The
 * misread configuration is emptied but kept, marked {@value #MOVED_TO}: deleting it would make fileinstall delete
 * the file.
 * <p>
 * fileinstall is right where the '-' ends the PID: {@code orderflow.routes.edi.partner-acme.cfg} is the factory
 * configuration {@code orderflow.routes.edi.partner~acme}. So a name after the first '-' that holds no '.' and no
 * '~' is left as fileinstall read it (docs/platform-notes.md, pitfall 16), except for the shell ACLs, which are
 * never factory configurations. A file {@code <factoryPid>~<name>.cfg} without a '-' is read by fileinstall as a
 * plain configuration that no factory component receives: that is logged as a warning naming the file to write.
 */
@Component(service = ConfigurationListener.class)
public final class EtcFilePids implements ConfigurationListener {

    static final String FILENAME = "felix.fileinstall.filename";
    /** Left on the misread configuration: where its values went. */
    static final String MOVED_TO = "orderflow.moved-to";
    private static final String ACL_PREFIX = "org.apache.karaf.command.acl.";
    private static final List<String> PREFIXES = List.of("orderflow.", ACL_PREFIX);
    private static final Logger LOG = LoggerFactory.getLogger(EtcFilePids.class);

    private final ConfigurationAdmin configAdmin;

    @Activate
    public EtcFilePids(@Reference ConfigurationAdmin configAdmin) throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        Configuration[] fromFiles = configAdmin.listConfigurations("(" + FILENAME + "=*)");
        if (fromFiles != null) {
            for (Configuration configuration : fromFiles) {
                moveIfMisread(configuration);
                warnIfFactoryFileWithoutDash(configuration);
            }
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() != ConfigurationEvent.CM_UPDATED) {
            return;
        }
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + event.getPid() + ")");
            if (found == null) {
                return;
            }
            if (event.getFactoryPid() != null) {
                moveIfMisread(found[0]);
            } else {
                warnIfFactoryFileWithoutDash(found[0]);
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Cannot move configuration {} to the PID its etc/ file names", event.getPid(), e);
        }
    }

    /**
     * The PID a configuration read from an etc/ file should have, when fileinstall gave it another one; else null.
     */
    static String intendedPid(String pid, Object fileName) {
        if (!(fileName instanceof String name) || !name.startsWith("file:")) {
            return null;
        }
        String file = Path.of(URI.create(name)).getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        boolean ours = PREFIXES.stream().anyMatch(base::startsWith);
        int dash = base.indexOf('-');
        if (!ours || dash <= 0 || base.equals(pid)) {
            return null;
        }
        String afterDash = base.substring(dash + 1);
        boolean factoryName = !base.startsWith(ACL_PREFIX) && afterDash.indexOf('.') < 0 && afterDash.indexOf('~') < 0;
        return factoryName ? null : base;
    }

    private static void warnIfFactoryFileWithoutDash(Configuration configuration) {
        Dictionary<String, Object> properties = configuration.getProperties();
        String pid = configuration.getPid();
        int tilde = pid.indexOf('~');
        if (properties != null && configuration.getFactoryPid() == null && tilde > 0
                && properties.get(FILENAME) instanceof String file && file.endsWith("/" + pid + ".cfg")
                && PREFIXES.stream().anyMatch(pid::startsWith)) {
            LOG.warn("{} is read as the plain configuration {}, which no factory component receives: name the file"
                    + " {}-{}.cfg", file, pid, pid.substring(0, tilde), pid.substring(tilde + 1));
        }
    }

    private void moveIfMisread(Configuration misread) throws IOException {
        Dictionary<String, Object> properties = misread.getProperties();
        String target = properties == null ? null : intendedPid(misread.getPid(), properties.get(FILENAME));
        if (target == null) {
            return;
        }
        Hashtable<String, Object> values = new Hashtable<>();
        for (String key : Collections.list(properties.keys())) {
            if (!key.equals(Constants.SERVICE_PID) && !key.equals(ConfigurationAdmin.SERVICE_FACTORYPID)) {
                values.put(key, properties.get(key));
            }
        }
        // First detach the misread configuration from the file, so that fileinstall finds only the target for it.
        misread.update(new Hashtable<>(Map.of(MOVED_TO, target)));
        int tilde = target.indexOf('~');
        Configuration intended = tilde > 0
                ? configAdmin.getFactoryConfiguration(target.substring(0, tilde), target.substring(tilde + 1), "?")
                : configAdmin.getConfiguration(target, "?");
        intended.update(values);
        LOG.info("Configuration from {} moved from PID {} to {}", values.get(FILENAME), misread.getPid(), target);
    }

    /** True for a configuration fileinstall created under the wrong PID, before or after it was moved. */
    static boolean isMisread(Configuration configuration) {
        Dictionary<String, Object> properties = configuration.getProperties();
        return properties != null && isMisread(properties);
    }

    /** The same for the properties of a configuration. */
    static boolean isMisread(Dictionary<String, Object> properties) {
        return properties.get(MOVED_TO) != null
                || intendedPid(String.valueOf(properties.get(Constants.SERVICE_PID)), properties.get(FILENAME)) != null;
    }
}
