package io.orderflow.platform.internal.config;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.io.IOException;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
 * Audits every change of an {@code orderflow.*} configuration, and applies changes requested through Orderflow's
 * REST and shell. A change made here takes a reason and is audited here, with its actor, role and reason, as it is
 * made; Config Admin's later (asynchronous, user-less) event of it is then only noted. Other changes are audited from
 * that event, attributed to {@code file} when the configuration lives in an etc/ file (edited there, or with Karaf's
 * config: commands, which write the file too) and to {@code unknown} otherwise.
 */
@Component(service = {ConfigurationAudit.class, ConfigurationListener.class})
public final class ConfigurationAudit implements ConfigurationListener {

    static final String PID_PREFIX = "orderflow.";
    /** PIDs whose changes through REST or the shell are refused: they bound what the others may say. */
    static final Set<String> FILE_ONLY = Set.of("orderflow.platform.paths");
    static final String FILE_ACTOR = "file";
    static final String UNKNOWN_ACTOR = "unknown";
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|key).*");
    private static final Pattern PID = Pattern.compile("orderflow\\.[a-z0-9.~-]+");
    static final int MAX_REASON = 500;

    private final ConfigurationAdmin configAdmin;
    private final ConfigurationRules rules;
    private final AuditTrail audit;
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationAudit.class);
    private final BusinessClock clock;
    /** PIDs changed and audited here whose Config Admin event has not arrived yet. */
    private final Set<String> auditedHere = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, String>> lastSeen = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationAudit(@Reference ConfigurationAdmin configAdmin, @Reference ConfigurationRules rules,
                              @Reference AuditTrail audit, @Reference BusinessClock clock)
            throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        this.clock = clock;
        this.rules = rules;
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
     * checking the configuration as it would be against {@link ConfigurationRules}, so that a value the component would
     * refuse is refused here, with a 400, instead of being kept quietly; then audits it ({@code CONFIG_UPDATED}) with
     * the actor, role and {@code reason}.
     */
    public Map<String, String> update(Actor actor, String pid, Map<String, String> changes, String reason)
            throws IOException {
        requireOrderflowPid(pid);
        Problems given = new Problems();
        if (changes.isEmpty()) {
            given.add("settings", "name at least one property to set");
        }
        if (given.requireText("reason", reason)) {
            given.checkCharacters("reason", reason, true);
            given.limitLength("reason", reason, MAX_REASON);
        }
        given.throwIfAny();
        if (FILE_ONLY.contains(pid)) {
            // widening the roots over the network would undo every path check that follows
            throw new ValidationException("pid", pid + " is changed only in its etc/ file, by someone with access to"
                    + " the server");
        }
        // only the settings metatype describes: framework keys (service.*, *.target) are not set from outside
        Map<String, ?> attributes = rules.attributes(pid);
        List<FieldProblem> unknown = attributes.isEmpty() ? List.of() : changes.keySet().stream()
                .filter(key -> key.contains(".") && !attributes.containsKey(key))
                .map(key -> new FieldProblem(key, "is not a setting of " + pid + "; known: " + attributes.keySet()))
                .toList();
        synchronized (this) { // one read-modify-write at a time, so that two callers do not undo each other
            Configuration existing = find(pid);
            Dictionary<String, Object> properties = existing == null ? null : existing.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            for (Map.Entry<String, String> change : changes.entrySet()) {
                properties.put(change.getKey(), change.getValue());
            }
            List<FieldProblem> problems = new ArrayList<>(unknown);
            problems.addAll(rules.problems(pid, toMap(properties)));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Configuration configuration = existing != null ? existing : newConfiguration(pid);
            auditedHere.add(pid);
            try {
                configuration.update(properties);
            } catch (IOException | RuntimeException e) {
                auditedHere.remove(pid);
                throw e;
            }
            Map<String, String> now = visible(properties);
            Map<String, String> before = lastSeen.put(pid, now);
            record(actor.name(), actor, "CONFIG_UPDATED", pid, reason.strip(),
                    describeChanges(before == null ? Map.of() : before, now));
            return masked(now);
        }
    }

    /** A new configuration with this PID, a named factory one for {@code factory~name}. */
    private Configuration newConfiguration(String pid) throws IOException {
        int tilde = pid.indexOf('~');
        return tilde > 0 ? configAdmin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?")
                : configAdmin.getConfiguration(pid, "?");
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (!pid.startsWith(PID_PREFIX) || event.getType() == ConfigurationEvent.CM_LOCATION_CHANGED) {
            return;
        }
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            lastSeen.remove(pid);
            record(UNKNOWN_ACTOR, null, "CONFIG_DELETED", pid, null, null);
            return;
        }
        if (auditedHere.remove(pid)) {
            return; // audited with its actor and reason when it was made
        }
        Configuration configuration = find(pid);
        if (configuration == null || EtcFilePids.isMisread(configuration)) {
            return;
        }
        Dictionary<String, Object> properties = configuration.getProperties();
        String actor = properties.get(EtcFilePids.FILENAME) != null ? FILE_ACTOR : UNKNOWN_ACTOR;
        if (!rules.isKnown(pid)) {
            // a file read before its bundle is installed, or one nobody reads: kept, used by no one
            LOG.warn("Configuration {} ({}) is used by no installed part of Orderflow", pid,
                    properties.get(EtcFilePids.FILENAME));
            return;
        }
        List<FieldProblem> problems = rules.problems(pid, toMap(properties));
        if (!problems.isEmpty()) {
            String refused = describe(problems);
            LOG.error("Configuration {} ({}) refused, its components keep their previous values: {}", pid,
                    properties.get(EtcFilePids.FILENAME), refused);
            record(actor, null, "CONFIG_REFUSED", pid, null, refused);
            return;
        }
        Map<String, String> now = visible(properties);
        Map<String, String> before = lastSeen.getOrDefault(pid, Map.of());
        lastSeen.put(pid, now);
        record(actor, null, "CONFIG_UPDATED", pid, null, describeChanges(before, now));
    }

    private static String describe(List<FieldProblem> problems) {
        StringJoiner described = new StringJoiner("; ");
        problems.forEach(p -> described.add(p.field() + ": " + p.problem()));
        return described.toString();
    }

    private static Map<String, Object> toMap(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            map.put(key, properties.get(key));
        }
        return map;
    }

    private void record(String actor, Actor requester, String action, String pid, String reason, String details) {
        String role = requester == null ? null : requester.actingRole(Roles.ADMIN);
        audit.record(new AuditRecord(clock.now(), actor, role, action, pid, reason, details));
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
