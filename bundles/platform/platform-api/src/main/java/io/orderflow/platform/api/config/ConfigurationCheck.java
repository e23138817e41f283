package io.orderflow.platform.api.config;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What an Orderflow configuration must satisfy beyond its metatype (types, ranges, options), such as paths inside the
 * allowed roots. The department owning the PID registers it as a service with the property {@value #PID} naming the
 * PID (the factory PID for factory configurations). The platform asks it before a change from REST or the shell is
 * kept, and before a change of an etc/ file reaches the components: a configuration with problems is refused either
 * way, and the components keep the values they had.
 */
@ConsumerType
public interface ConfigurationCheck {

    /** Service property: the PID (or factory PID) checked. */
    String PID = "orderflow.config.pid";

    /**
     * The problems of the configuration as it would be, each naming its attribute; empty when there are none.
     *
     * @param properties every property of the configuration, the framework's own ones included
     */
    List<FieldProblem> check(Map<String, Object> properties);

    /**
     * Adds a problem when the property {@code name} is present and not a whole number from {@code min} to
     * {@code max}: what a metatype range says, checked for a value typed into an etc/ file as well.
     */
    static void wholeNumber(Map<String, Object> properties, String name, int min, int max,
                            List<FieldProblem> problems) {
        Object value = properties.get(name);
        if (value == null) {
            return;
        }
        try {
            int number = Integer.parseInt(value.toString().strip());
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max + ", got '"
                    + value + "'"));
        }
    }
}
