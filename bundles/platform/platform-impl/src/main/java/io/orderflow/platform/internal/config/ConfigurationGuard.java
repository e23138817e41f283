package io.orderflow.platform.internal.config;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps a refused change of an Orderflow configuration from reaching its components: Config Admin hands every
 * configuration through this plugin on its way to a component (Felix SCR asks for the processed properties), and a
 * value {@link ConfigurationRules} refuses is replaced by the last one that passed, or left out so that the
 * component's default applies. The stored configuration, and the etc/ file it came from, keep what was written, so
 * that the administrator sees it; {@link ConfigurationAudit} logs and audits the refusal. Ranked after Karaf's own
 * plugins (500), which fill in environment overrides and placeholders.
 */
@Component(service = ConfigurationPlugin.class, property = ConfigurationPlugin.CM_RANKING + ":Integer=900")
public final class ConfigurationGuard implements ConfigurationPlugin {

    private final ConfigurationRules rules;
    private final Map<String, Map<String, Object>> lastAccepted = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationGuard(@Reference ConfigurationRules rules) {
        this.rules = rules;
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object pid = properties.get(Constants.SERVICE_PID);
        if (!(pid instanceof String name) || !name.startsWith(ConfigurationAudit.PID_PREFIX)
                || EtcFilePids.isMisread(properties) || !rules.isKnown(name)) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            values.put(key, properties.get(key));
        }
        List<FieldProblem> problems = rules.problems(name, values);
        if (problems.isEmpty()) {
            lastAccepted.put(name, values);
            return;
        }
        Map<String, Object> accepted = lastAccepted.getOrDefault(name, Map.of());
        if (problems.stream().anyMatch(p -> p.field().equals(ConfigurationRules.PID_FIELD))) {
            // refused as a whole: every value the component could read goes back to the last accepted one
            for (String key : Collections.list(properties.keys())) {
                if (!key.contains(".")) {
                    restore(properties, key, accepted);
                }
            }
            return;
        }
        for (FieldProblem problem : problems) {
            restore(properties, problem.field(), accepted);
        }
    }

    private static void restore(Dictionary<String, Object> properties, String key, Map<String, Object> accepted) {
        Object previous = accepted.get(key);
        if (previous != null) {
            properties.put(key, previous);
        } else {
            properties.remove(key);
        }
    }
}
