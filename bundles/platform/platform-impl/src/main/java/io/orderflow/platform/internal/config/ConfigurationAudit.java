package io.orderflow.platform.internal.config;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Audits every change of an {@code orderflow.*} configuration, and applies changes requested through Orderflow's
 * REST and shell. Config Admin reports changes asynchronously and without a user, so a change made here remembers
 * its actor until its event arrives; other changes are attributed to {@code file} when the configuration lives in an
 * etc/ file (edited there, or with Karaf's config: commands, which write the file too) and to {@code unknown}
 * otherwise.
 */
@Component(service = {ConfigurationAudit.class, ConfigurationListener.class})
public final class ConfigurationAudit implements ConfigurationListener {

    static final String PID_PREFIX = "orderflow.";
    static final String FILE_ACTOR = "file";
    static final String UNKNOWN_ACTOR = "unknown";
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|key).*");
    private static final Pattern PID = Pattern.compile("orderflow\\.[a-z0-9.~-]+");

    private final ConfigurationAdmin configAdmin;
    private final MetaTypeService metaTypes;
    private final BundleContext context;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Actor> pendingActors = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lastSeen = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationAudit(BundleContext context, @Reference ConfigurationAdmin configAdmin,
                              @Reference MetaTypeService metaTypes, @Reference AuditTrail audit)
            throws IOException, InvalidSyntaxException {
        this.context = context;
        this.configAdmin = configAdmin;
        this.metaTypes = metaTypes;
        this.audit = audit;
        Configuration[] existing = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + PID_PREFIX + "*)");
        if (existing != null) {
            for (Configuration c : existing) {
                lastSeen.put(c.getPid(), visible(c.getProperties()));
            }
        }
    }

    /** The current properties of an Orderflow configuration, secrets masked. */
    public Map<String, String> read(String pid) {
        Configuration configuration = find(requireOrderflowPid(pid));
        if (configuration == null) {
            throw new NotFoundException("no configuration " + pid);
        }
        return masked(visible(configuration.getProperties()));
    }

    /**
     * Sets properties of an Orderflow configuration (creating it when absent) on behalf of {@code actor}, after
     * checking them against the component's metatype (type, minimum, options), so that a value the component would
     * refuse is refused here, with a 400, instead of being kept quietly.
     */
    public Map<String, String> update(Actor actor, String pid, Map<String, String> changes) throws IOException {
        requireOrderflowPid(pid);
        if (changes.isEmpty()) {
            throw new ValidationException("body", "name at least one property to set");
        }
        validate(pid, changes);
        synchronized (this) { // one read-modify-write at a time, so that two callers do not undo each other
            Configuration configuration = existingOrNew(pid);
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            for (Map.Entry<String, String> change : changes.entrySet()) {
                properties.put(change.getKey(), change.getValue());
            }
            pendingActors.put(pid, actor);
            try {
                configuration.update(properties);
            } catch (IOException | RuntimeException e) {
                pendingActors.remove(pid);
                throw e;
            }
            return masked(visible(properties));
        }
    }

    /** The configuration with this PID; a new one when there is none, a named factory one for {@code factory~name}. */
    private Configuration existingOrNew(String pid) throws IOException {
        Configuration existing = find(pid);
        if (existing != null) {
            return existing;
        }
        int tilde = pid.indexOf('~');
        return tilde > 0 ? configAdmin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?")
                : configAdmin.getConfiguration(pid, "?");
    }

    private void validate(String pid, Map<String, String> changes) {
        Map<String, AttributeDefinition> attributes = attributesOf(pid.contains("~") ? pid.substring(0, pid.indexOf('~')) : pid);
        if (attributes.isEmpty()) {
            return; // no metatype: nothing to check against
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            AttributeDefinition attribute = attributes.get(change.getKey());
            if (attribute == null) {
                problems.add(new FieldProblem(change.getKey(), "is not a setting of " + pid + "; known: " + attributes.keySet()));
                continue;
            }
            String refusal = attribute.validate(change.getValue());
            if (refusal != null && !refusal.isEmpty()) {
                problems.add(new FieldProblem(change.getKey(), refusal));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private Map<String, AttributeDefinition> attributesOf(String pid) {
        Map<String, AttributeDefinition> attributes = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info != null && (List.of(info.getPids()).contains(pid) || List.of(info.getFactoryPids()).contains(pid))) {
                for (AttributeDefinition attribute : info.getObjectClassDefinition(pid, null)
                        .getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                    attributes.put(attribute.getID(), attribute);
                }
            }
        }
        return attributes;
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (!pid.startsWith(PID_PREFIX) || event.getType() == ConfigurationEvent.CM_LOCATION_CHANGED) {
            return;
        }
        Actor requester = pendingActors.remove(pid);
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            lastSeen.remove(pid);
            record(requester == null ? UNKNOWN_ACTOR : requester.name(), requester, "CONFIG_DELETED", pid, null);
            return;
        }
        Configuration configuration = find(pid);
        if (configuration == null || EtcFilePids.isMisread(configuration)) {
            return;
        }
        Dictionary<String, Object> properties = configuration.getProperties();
        Map<String, String> now = visible(properties);
        Map<String, String> before = lastSeen.getOrDefault(pid, Map.of());
        lastSeen.put(pid, now);
        String actor = requester != null ? requester.name()
                : properties.get(EtcFilePids.FILENAME) != null ? FILE_ACTOR : UNKNOWN_ACTOR;
        record(actor, requester, "CONFIG_UPDATED", pid, describeChanges(before, now));
    }

    private void record(String actor, Actor requester, String action, String pid, String details) {
        String role = requester == null ? null : requester.actingRole(Roles.ADMIN);
        audit.record(new AuditRecord(clock.instant(), actor, role, action, pid, null, details));
    }

    private Configuration find(String pid) {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            return found == null ? null : found[0];
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read configuration " + pid, e);
        }
    }

    private static String requireOrderflowPid(String pid) {
        if (pid == null || !PID.matcher(pid).matches()) {
            throw new ValidationException("pid", "must be an Orderflow configuration PID (orderflow.…)");
        }
        return pid;
    }

    /** The properties a person set: without the framework's own bookkeeping keys. */
    private static Map<String, String> visible(Dictionary<String, Object> properties) {
        Map<String, String> result = new TreeMap<>();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                if (!key.equals(Constants.SERVICE_PID) && !key.equals(ConfigurationAdmin.SERVICE_FACTORYPID)
                        && !key.equals(EtcFilePids.FILENAME)) {
                    result.put(key, String.valueOf(properties.get(key)));
                }
            }
        }
        return result;
    }

    private static Map<String, String> masked(Map<String, String> properties) {
        Map<String, String> result = new TreeMap<>(properties);
        result.replaceAll((k, v) -> SECRET.matcher(k).matches() ? "****" : v);
        return result;
    }

    /** "key: old -> new" for each changed property, secrets masked. */
    static String describeChanges(Map<String, String> before, Map<String, String> now) {
        Map<String, String> shownBefore = masked(before);
        Map<String, String> shownNow = masked(now);
        StringJoiner changes = new StringJoiner("; ");
        for (String key : now.keySet()) {
            if (!now.get(key).equals(before.get(key))) {
                changes.add(key + ": " + shownBefore.getOrDefault(key, "(unset)") + " -> " + shownNow.get(key));
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                changes.add(key + ": removed");
            }
        }
        return changes.length() == 0 ? "no property changed" : changes.toString();
    }
}
