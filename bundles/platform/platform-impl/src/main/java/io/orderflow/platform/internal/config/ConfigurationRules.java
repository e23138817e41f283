package io.orderflow.platform.internal.config;

import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.text.Text;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * What an Orderflow configuration must be, wherever the change comes from (REST, shell, etc/ file): a PID some
 * installed bundle describes in its metatype, only the attributes described there, each value of its type and in its
 * range and options, no control characters, and whatever the owning department's {@link ConfigurationCheck} adds.
 */
@Component(service = ConfigurationRules.class)
public final class ConfigurationRules {

    static final String PID_FIELD = "pid";

    private final BundleContext context;
    private final MetaTypeService metaTypes;
    private final Map<String, List<ConfigurationCheck>> checks = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationRules(BundleContext context, @Reference MetaTypeService metaTypes) {
        this.context = context;
        this.metaTypes = metaTypes;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ConfigurationCheck.PID + "=*)")
    void addCheck(ConfigurationCheck check, Map<String, Object> properties) {
        checks.computeIfAbsent(String.valueOf(properties.get(ConfigurationCheck.PID)), p -> new CopyOnWriteArrayList<>())
                .add(check);
    }

    void removeCheck(ConfigurationCheck check, Map<String, Object> properties) {
        List<ConfigurationCheck> registered = checks.get(String.valueOf(properties.get(ConfigurationCheck.PID)));
        if (registered != null) {
            registered.remove(check);
        }
    }

    /** True when an installed bundle describes this PID (or its factory PID). */
    public boolean isKnown(String pid) {
        return !attributes(pid).isEmpty();
    }

    /**
     * Every problem of the configuration as it would be.
     *
     * @param properties all of its properties; the framework's own ones (names with a dot) are not checked
     */
    public List<FieldProblem> problems(String pid, Map<String, ?> properties) {
        Map<String, AttributeDefinition> attributes = attributes(pid);
        if (attributes.isEmpty()) {
            return List.of(new FieldProblem(PID_FIELD, "no installed part of Orderflow is configured by " + pid));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            String key = property.getKey();
            if (key.contains(".")) {
                continue; // service.pid, felix.fileinstall.filename, component.name and the like
            }
            AttributeDefinition attribute = attributes.get(key);
            if (attribute == null) {
                problems.add(new FieldProblem(key, "is not a setting of " + pid + "; known: " + attributes.keySet()));
                continue;
            }
            for (String value : values(property.getValue())) {
                String problem = Text.problem(value, false);
                if (problem == null) {
                    String refusal = attribute.validate(value);
                    problem = refusal == null || refusal.isEmpty() ? null : refusal;
                }
                if (problem != null) {
                    problems.add(new FieldProblem(key, problem));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems; // a department's check may rely on the types metatype has just refused
        }
        for (ConfigurationCheck check : checks.getOrDefault(basePid(pid), List.of())) {
            try {
                problems.addAll(check.check(Map.copyOf(properties)));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem(PID_FIELD, "cannot be checked: " + e.getMessage()));
            }
        }
        return problems;
    }

    /** The attributes the metatype of an installed bundle describes for this PID, by name. */
    public Map<String, AttributeDefinition> attributes(String pid) {
        String described = basePid(pid);
        Map<String, AttributeDefinition> attributes = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info != null && (List.of(info.getPids()).contains(described)
                    || List.of(info.getFactoryPids()).contains(described))) {
                for (AttributeDefinition attribute : info.getObjectClassDefinition(described, null)
                        .getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                    attributes.put(attribute.getID(), attribute);
                }
            }
        }
        return attributes;
    }

    /** The factory PID of a named factory configuration ({@code factory~name}), else the PID itself. */
    static String basePid(String pid) {
        int tilde = pid.indexOf('~');
        return tilde > 0 ? pid.substring(0, tilde) : pid;
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value.getClass().isArray()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(String.valueOf(Array.get(value, i)));
            }
            return values;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
